import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Prints a bearer token for dev mode, signed with the development key that only the %dev profile trusts:
 * {@code java src/dev/DevToken.java FIT [HUB AWEX]}, or {@code OPERATOR} for a catalog operator (exchange rates).
 * Never trusted outside dev mode: prod needs a real issuer.
 */
public final class DevToken {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java src/dev/DevToken.java ROLE... (FIT, HUB, AWEX, OPERATOR)");
            System.exit(2);
        }
        String roles = Stream.of(args).map(DevToken::role).map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        long now = System.currentTimeMillis() / 1000;
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"belgian-catalog-dev\",\"aud\":\"belgian-catalog-gateway\",\"sub\":\"dev-"
                + String.join("-", args).toLowerCase() + "\",\"groups\":[" + roles + "],\"iat\":" + now
                + ",\"exp\":" + (now + 12 * 3600) + "}";
        String signingInput = base64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(developmentKey());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        System.out.println(signingInput + "." + base64(signature.sign()));
    }

    /** An agency's role, or the default operator role (catalog.security.operator-role). */
    private static String role(String arg) {
        return arg.equalsIgnoreCase("OPERATOR") ? "catalog:operator" : "agency:" + arg.toUpperCase();
    }

    private static PrivateKey developmentKey() throws Exception {
        Path pem = Path.of("src", "dev", "dev-signing-key.pem");
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
