package be.catalog.gateway.graphql;

/** The database cannot be reached right now; the same request may succeed when retried a little later. */
public class ServiceUnavailableError extends ClientError {

    public ServiceUnavailableError() {
        super("SERVICE_UNAVAILABLE", "The catalog is temporarily unavailable; retry shortly");
    }
}
