package be.catalog.gateway.support;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Arrays;
import java.util.Base64;
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

    /** A well-signed token valid only from an hour from now. */
    public static String notYetValid(AgencyCode agency) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.subject("early-staff").issuer(ISSUER).audience(AUDIENCE).groups("agency:" + agency.name())
                .issuedAt(now).claim("nbf", now + 3600).expiresAt(now + 7200).sign();
    }

    public static String fromIssuer(String issuer, AgencyCode agency) {
        return Jwt.subject("staff").issuer(issuer).audience(AUDIENCE).groups("agency:" + agency.name())
                .expiresIn(300).sign();
    }

    public static String forAudience(String audience, AgencyCode agency) {
        return Jwt.subject("staff").issuer(ISSUER).audience(audience).groups("agency:" + agency.name())
                .expiresIn(300).sign();
    }

    /** Right claims, signed with a key of nobody the service trusts, under the trusted key's id. */
    public static String signedWithAnotherKey(AgencyCode agency) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return Jwt.subject("forger").issuer(ISSUER).audience(AUDIENCE).groups("agency:" + agency.name())
                    .expiresIn(300).jws().keyId("1").sign(generator.generateKeyPair().getPrivate());
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims of a staff token with {@code alg: none} and no signature. */
    public static String unsigned(AgencyCode agency) {
        long now = System.currentTimeMillis() / 1000;
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"sub\":\"forger\",\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"groups\":[\"agency:" + agency.name() + "\"],\"iat\":" + now + ",\"exp\":" + (now + 300) + "}")
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
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
