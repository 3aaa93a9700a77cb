package be.catalog.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, type-tagged ids: clients see {@code base64url("Listing:42")}, never a bare database key, so ids of
 * different types cannot be confused and the storage key may change without breaking clients.
 */
public final class GlobalId {

    private GlobalId() {
    }

    public static String encode(String type, long key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    public static long decode(String type, String id) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
            String prefix = type + ":";
            if (decoded.startsWith(prefix)) {
                return Long.parseLong(decoded.substring(prefix.length()));
            }
        } catch (IllegalArgumentException e) {
            // not base64 or not a number: same answer as a wrong type
        }
        throw new InvalidIdException(id, type);
    }
}
