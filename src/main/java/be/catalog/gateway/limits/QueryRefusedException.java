package be.catalog.gateway.limits;

import be.catalog.gateway.graphql.ClientError;

/** An operation over a bound of catalog.limits.*, where no HTTP filter can answer it (subscriptions over websocket). */
public class QueryRefusedException extends ClientError {

    public QueryRefusedException(QueryLimits.Refusal refusal) {
        super(refusal.code(), refusal.message());
    }
}
