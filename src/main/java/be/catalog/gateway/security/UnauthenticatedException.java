package be.catalog.gateway.security;

import be.catalog.gateway.graphql.ClientError;

public class UnauthenticatedException extends ClientError {

    public UnauthenticatedException() {
        this("This operation needs a bearer token of a trade agency");
    }

    public UnauthenticatedException(String message) {
        super("UNAUTHENTICATED", message);
    }
}
