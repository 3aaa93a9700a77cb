package be.catalog.gateway.events;

import be.catalog.gateway.graphql.ClientError;

/** A query or mutation sent over the subscription websocket instead of HTTP. */
public class OperationNotAllowedOverWebSocketException extends ClientError {

    public OperationNotAllowedOverWebSocketException() {
        super("OPERATION_NOT_ALLOWED_OVER_WEBSOCKET", "The websocket carries subscriptions only; send queries and"
                + " mutations as HTTP requests to the same path");
    }
}
