package be.catalog.gateway.support;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import io.vertx.core.json.JsonObject;

/**
 * Another instance of the packaged gateway ({@code target/quarkus-app/quarkus-run.jar}, as {@code ./mvnw package}
 * builds it) on the same database, in its own JVM on a free port: what a second replica is. It runs with the test
 * profile, without cleaning the database at start, and trusts the test tokens' key directly (the tests' OIDC server
 * lives in the test JVM).
 */
public final class SecondInstance implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofSeconds(120);

    private final Process process;
    private final URI graphql;

    private SecondInstance(Process process, int port) {
        this.process = process;
        this.graphql = URI.create("http://localhost:" + port + "/graphql");
    }

    public static SecondInstance start() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dquarkus.profile=test",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.flyway.clean-at-start=false",
                // no OIDC server: the test one is not reachable from here; the key alone checks the tokens
                "-D%test.quarkus.oidc.auth-server-url=",
                "-Dquarkus.oidc.public-key=" + testTokenPublicKey(),
                "-jar", "target/quarkus-app/quarkus-run.jar"));
        File log = new File("target/second-instance.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log)).start();
        SecondInstance instance = new SecondInstance(process, port);
        try {
            await().atMost(STARTUP).pollInterval(Duration.ofMillis(500)).until(instance::ready);
        } catch (RuntimeException e) {
            instance.close();
            throw new IllegalStateException("the second instance did not start; see " + log, e);
        }
        return instance;
    }

    /** Its GraphQL endpoint, http://localhost:port/graphql. */
    public URI graphql() {
        return graphql;
    }

    private boolean ready() {
        if (!process.isAlive()) {
            throw new IllegalStateException("the second instance exited with " + process.exitValue());
        }
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(graphql.resolve("/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The public half of the key the test tokens are signed with (publicKey.jwk of the test OIDC server), X.509. */
    private static String testTokenPublicKey() throws Exception {
        try (InputStream in = SecondInstance.class.getClassLoader().getResourceAsStream("publicKey.jwk")) {
            JsonObject jwk = new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Base64.Decoder url = Base64.getUrlDecoder();
            RSAPublicKeySpec spec = new RSAPublicKeySpec(new BigInteger(1, url.decode(jwk.getString("n"))),
                    new BigInteger(1, url.decode(jwk.getString("e"))));
            return Base64.getEncoder().encodeToString(KeyFactory.getInstance("RSA").generatePublic(spec).getEncoded());
        }
    }

    @Override
    public void close() {
        // Killed rather than stopped: its shutdown is not what the tests are about.
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
