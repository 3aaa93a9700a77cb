package be.catalog.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Keyset position of an edge in one sort order: the sort key of the row and its id as tie-breaker. Opaque to
 * clients; a cursor is only valid with the sort order it was issued for.
 */
public record Cursor(String sort, String key, long id) {

    private static final String VERSION = "c1";

    public String encode() {
        String raw = VERSION + "|" + sort + "|" + id + "|" + key;
        return GlobalId.base64Url(raw);
    }

    /** Reads a cursor issued for {@code expectedSort}; anything else is the client's error. */
    public static Cursor decode(String cursor, String expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 4);
            if (parts.length == 4 && VERSION.equals(parts[0]) && expectedSort.equals(parts[1])) {
                return new Cursor(parts[1], parts[3], Long.parseLong(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // fall through to the client error
        }
        throw new InvalidCursorException(cursor);
    }

    public static class InvalidCursorException extends ClientError {
        public InvalidCursorException(String cursor) {
            super("INVALID_CURSOR", "'" + cursor + "' is not a cursor of this list and sort order");
        }
    }
}
