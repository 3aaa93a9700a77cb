package be.catalog.gateway.security;

import be.catalog.gateway.graphql.ClientError;

/** The caller is known but lacks the operator role this operation needs. */
public class ForbiddenOperationException extends ClientError {

    public ForbiddenOperationException() {
        super("FORBIDDEN", "Only catalog operators may do this; your token does not have the operator role");
    }
}
