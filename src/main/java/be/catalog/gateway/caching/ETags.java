package be.catalog.gateway.caching;

import java.util.Base64;
import java.util.HexFormat;

import be.catalog.gateway.common.Sha256;

/** Strong entity tags of response bodies, and {@code If-None-Match} matching (RFC 9110, weak comparison). */
final class ETags {

    private ETags() {
    }

    /** {@code "<SHA-256 of the body, base64url>"}. */
    static String strong(String body) {
        return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(Sha256.hex(body)))
                + "\"";
    }

    /** Whether {@code ifNoneMatch} ({@code *} or a list of tags, weak or strong) holds {@code etag}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
