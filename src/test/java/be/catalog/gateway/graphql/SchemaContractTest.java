package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/**
 * The schema storefronts and agencies build against is the one committed in {@code src/test/resources/schema.graphql}:
 * any change to it, however it comes (a renamed Java method, a new nullable, a dropped enum constant), fails here
 * until the committed copy is updated on purpose, where review sees it. What a client loses (lines only in the
 * committed schema: removed or changed) is told apart from what it gains (lines only in the served one).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class SchemaContractTest {

    private static final Path COMMITTED = Path.of("src/test/resources/schema.graphql");
    private static final Path SERVED = Path.of("target/schema.graphql");

    @Test
    void theServedSchemaIsTheCommittedOne() throws IOException {
        String served = normalized(RestAssured.get("/graphql/schema.graphql").then().statusCode(200).extract()
                .asString());
        Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        String committed = Files.exists(COMMITTED) ? normalized(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                : "";

        assertThat(served).as("""
                the served schema (written to %s) differs from %s.
                Lines clients lose (removed or changed: a breaking change for them):
                %s
                Lines clients gain:
                %s
                If the change is meant, copy %s over %s.""".formatted(SERVED, COMMITTED,
                String.join("\n", only(committed, served)), String.join("\n", only(served, committed)), SERVED,
                COMMITTED)).isEqualTo(committed);
    }

    /** Lines of {@code a} that {@code b} lacks. */
    private static List<String> only(String a, String b) {
        Set<String> lines = new LinkedHashSet<>(a.lines().toList());
        lines.removeAll(b.lines().toList());
        return List.copyOf(lines);
    }

    private static String normalized(String sdl) {
        return sdl.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("").strip() + "\n";
    }
}
