package be.catalog.gateway.security;

import be.catalog.gateway.graphql.ClientError;

public class InvalidTokenException extends ClientError {

    public InvalidTokenException() {
        super("INVALID_TOKEN", "The bearer token was refused (expired, not yet valid, or not issued for this service)");
    }
}
