package be.catalog.gateway.support;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import be.catalog.gateway.agency.AgencyCode;
import io.smallrye.jwt.build.Jwt;

/**
 * Real bearer tokens, signed with the key whose public half the test OIDC server publishes, and checked by
 * quarkus-oidc exactly as in production.
 */
public final class Tokens {

    public static final String ISSUER = "https://server.example.com";
    public static final String AUDIENCE = "belgian-catalog-gateway";
    /** The default of catalog.security.operator-role. */
    public static final String OPERATOR_ROLE = "catalog:operator";

    private Tokens() {
    }

    /** A token of a staff member of the given agencies. */
    public static String agency(AgencyCode... agencies) {
        Set<String> roles = Arrays.stream(agencies).map(a -> "agency:" + a.name()).collect(Collectors.toSet());
        return Jwt.subject("staff-of-" + roles.stream().sorted().collect(Collectors.joining("-")))
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .groups(roles)
                .expiresIn(300)
                .sign();
    }

    /** A token of a catalog operator, who keeps reference data such as exchange rates; no agency role. */
    public static String operator() {
        return Jwt.subject("catalog-operator")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .groups(OPERATOR_ROLE)
                .expiresIn(300)
                .sign();
    }

    /** A well-signed token that expired an hour ago. */
    public static String expired(AgencyCode agency) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.subject("late-staff")
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .groups("agency:" + agency.name())
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign();
    }
}
