package be.catalog.gateway.events;

import be.catalog.gateway.graphql.ClientError;

/** A subscription beyond catalog.subscriptions.max-per-instance or max-per-connection. */
public class TooManySubscriptionsException extends ClientError {

    public TooManySubscriptionsException(String scope, int max) {
        super("TOO_MANY_SUBSCRIPTIONS", "At most " + max + " subscriptions are open " + scope
                + "; close one or retry later");
    }
}
