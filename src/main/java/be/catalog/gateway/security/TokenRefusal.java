package be.catalog.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/**
 * Why quarkus-oidc refused a bearer token, as a stable code: agencies' integrations can tell an expired token (fetch
 * a new one) from one issued for another service or by another issuer (fix the configuration).
 */
public enum TokenRefusal {
    TOKEN_EXPIRED("The bearer token has expired"),
    TOKEN_NOT_YET_VALID("The bearer token is not valid yet (nbf or iat in the future)"),
    TOKEN_WRONG_ISSUER("The bearer token was not issued by the identity provider this service trusts"),
    TOKEN_WRONG_AUDIENCE("The bearer token was issued for another audience than this service"),
    TOKEN_BAD_SIGNATURE("The bearer token's signature does not verify with the identity provider's keys"),
    TOKEN_UNSIGNED("Unsigned bearer tokens (alg: none) are refused"),
    INVALID_TOKEN("The bearer token was refused");

    private final String message;

    TokenRefusal(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    /**
     * The refusal for {@code failure}. quarkus-oidc refuses an unsigned token without saying why, so the token's own
     * header is read for that case; it only selects the code, the token was refused whatever it says.
     */
    public static TokenRefusal of(Throwable failure, String authorization) {
        if (isUnsigned(authorization)) {
            return TOKEN_UNSIGNED;
        }
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidJwtException invalid) {
                for (ErrorCodeValidator.Error error : invalid.getErrorDetails()) {
                    TokenRefusal refusal = of(error.getErrorCode());
                    if (refusal != INVALID_TOKEN) {
                        return refusal;
                    }
                }
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("'none'") || message.contains("\"none\"") || message.contains("alg none")
                    || message.contains("algorithm none")) {
                return TOKEN_UNSIGNED;
            }
        }
        return INVALID_TOKEN;
    }

    private static boolean isUnsigned(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        String token = authorization.substring(7).strip();
        int dot = token.indexOf('.');
        if (dot < 1) {
            return false;
        }
        try {
            String header = new String(Base64.getUrlDecoder().decode(token.substring(0, dot)), StandardCharsets.UTF_8);
            return header.replace(" ", "").toLowerCase(Locale.ROOT).contains("\"alg\":\"none\"");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static TokenRefusal of(int joseErrorCode) {
        return switch (joseErrorCode) {
            case ErrorCodes.EXPIRED -> TOKEN_EXPIRED;
            case ErrorCodes.NOT_YET_VALID, ErrorCodes.ISSUED_AT_INVALID_FUTURE -> TOKEN_NOT_YET_VALID;
            case ErrorCodes.ISSUER_INVALID, ErrorCodes.ISSUER_MISSING -> TOKEN_WRONG_ISSUER;
            case ErrorCodes.AUDIENCE_INVALID, ErrorCodes.AUDIENCE_MISSING -> TOKEN_WRONG_AUDIENCE;
            case ErrorCodes.SIGNATURE_INVALID -> TOKEN_BAD_SIGNATURE;
            case ErrorCodes.SIGNATURE_MISSING -> TOKEN_UNSIGNED;
            default -> INVALID_TOKEN;
        };
    }
}
