package be.catalog.gateway.graphql;

/** The request ran past its time budget and was cancelled, its SQL included; a narrower request may succeed. */
public class RequestTimeoutError extends ClientError {

    public RequestTimeoutError() {
        super("REQUEST_TIMEOUT", "The request took longer than allowed and was cancelled; ask for less at once");
    }
}
