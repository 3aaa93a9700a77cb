package be.catalog.gateway.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque, type-tagged ids: clients see {@code base64url("Listing:42")}, never a bare database key, so ids of
 * different types cannot be confused and the storage key may change without breaking clients.
 */
public final class GlobalId {

    /** Made once: {@code withoutPadding()} makes a new encoder per call, and each listing read encodes an id. */
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private GlobalId() {
    }

    public static String encode(String type, long key) {
        return encode(type, Long.toString(key));
    }

    public static String encode(String type, String key) {
        return base64Url(type + ":" + key);
    }

    /** The URL-safe base64 of {@code text}, unpadded: how ids and cursors are written. */
    static String base64Url(String text) {
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    public static long decode(String type, String id) {
        try {
            return Long.parseLong(decodeKey(type, id));
        } catch (NumberFormatException e) {
            throw new InvalidIdException(id, type);
        }
    }

    public static String decodeKey(String type, String id) {
        String decoded = decodeRaw(id);
        String prefix = type + ":";
        if (decoded == null || !decoded.startsWith(prefix)) {
            throw new InvalidIdException(id, type);
        }
        return decoded.substring(prefix.length());
    }

    /** The type an id was issued for, e.g. "Listing". */
    public static String typeOf(String id) {
        String decoded = decodeRaw(id);
        if (decoded == null || decoded.indexOf(':') < 1) {
            throw new InvalidIdException(id, "node");
        }
        return decoded.substring(0, decoded.indexOf(':'));
    }

    private static String decodeRaw(String id) {
        try {
            return id == null ? null : new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
