package be.catalog.gateway.ingest;

import java.util.Map;

import be.catalog.gateway.graphql.ClientError;

public class TooManyRecordsException extends ClientError {

    public TooManyRecordsException(int given, int max) {
        super("TOO_MANY_RECORDS", "at most " + max + " listings per call, was " + given + "; split the batch");
    }

    @Override
    protected Map<String, Object> details() {
        return Map.of("field", "listings");
    }
}
