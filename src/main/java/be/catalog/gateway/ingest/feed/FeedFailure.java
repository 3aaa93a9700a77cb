package be.catalog.gateway.ingest.feed;

/** A feed the import cannot go on with (no header, an unreadable header, a record without end): the job fails. */
public class FeedFailure extends RuntimeException {

    private final String code;

    public FeedFailure(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
