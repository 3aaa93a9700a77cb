package be.catalog.gateway.graphql;

/** A fault on our side. The client learns only the code and the reference under which the cause was logged. */
public class InternalError extends ClientError {

    public InternalError(String reference) {
        super("INTERNAL_ERROR", "Internal error; reference " + reference);
    }
}
