package be.catalog.gateway.security;

import be.catalog.gateway.graphql.ClientError;

public class UnauthenticatedException extends ClientError {

    public UnauthenticatedException() {
        super("UNAUTHENTICATED", "This operation needs a bearer token of a trade agency");
    }
}
