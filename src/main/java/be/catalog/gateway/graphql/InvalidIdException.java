package be.catalog.gateway.graphql;

/** An id that is not one this service issued for the expected kind of object. */
public class InvalidIdException extends ClientError {

    public InvalidIdException(String id, String expectedType) {
        super("INVALID_ID", "'" + id + "' is not a valid " + expectedType + " id");
    }
}
