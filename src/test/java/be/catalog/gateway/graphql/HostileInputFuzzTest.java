package be.catalog.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Thousands of generated malformed and hostile requests: broken and deeply nested documents, wrong variable types,
 * huge and odd Unicode strings, SQL and LIKE metacharacters in text filters, anonymous writes. Whatever comes in, the
 * answer is never a 500 without a code, never shows server internals, and the catalog is unchanged afterwards.
 * The generator is seeded, so a failure can be replayed.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class HostileInputFuzzTest {

    private static final long SEED = 20261123L;
    private static final List<String> GRAPHQL_JAVA_CLASSIFICATIONS = List.of("ValidationError",
            "NullValueInNonNullableField");
    private static final int REQUESTS = 2_000;

    private static final String[] HOSTILE_TEXTS = { "%", "_", "%%", "\\", "\\%", "'", "''", "\"", "' OR 1=1 --",
            "'; DROP TABLE listing; --", "$1", "$$", ":*", "&", "|", "!", "<->", "(", ")", "\u0000", "\uFEFF",
            "\u202Eevil", "\uD83C\uDF6B", "\uD800", "巧克力'--", "é\u0301", "\t\n\r", "NULL", "null", "%_%",
            "a".repeat(5_000), "啤".repeat(3_000), "{}", "[]", "\\u0000", "${jndi:ldap://x}" };

    private static final String[] DOCUMENTS = {
            "query($q: String, $f: ListingFilter, $n: Int, $a: String, $s: ListingSort) "
                    + "{ listings(query: $q, filter: $f, first: $n, after: $a, sort: $s) { totalCount edges { node { id "
                    + "title { text } } } facets { regions { value count } } } }",
            "query($id: ID!) { listing(id: $id) { id title(locale: ZH_CN) { text } supplier { name } } }",
            "query($ids: [String!]!) { nodes(ids: $ids) { id } }",
            "query($f: SupplierFilter, $n: Int, $a: String) { suppliers(filter: $f, first: $n, after: $a) { edges { node { name } } } }",
            "mutation($input: ListingInput!) { createListing(input: $input) { id } }",
            "mutation($id: ID!) { withdrawListing(id: $id) { id } }",
    };

    private final Random random = new Random(SEED);

    @Test
    void hostileRequestsGetCodedAnswersAndChangeNothing() {
        int listingsBefore = listingCount();
        List<String> problems = new ArrayList<>();

        for (int i = 0; i < REQUESTS; i++) {
            Map<String, Object> body = random.nextInt(4) == 0 ? garbageRequest() : hostileRequest();
            Response response = given().contentType(ContentType.JSON).body(body).post("/graphql");
            String problem = problemWith(response);
            if (problem != null) {
                problems.add("request " + i + " " + body.toString().substring(0, Math.min(300, body.toString().length()))
                        + " -> " + problem);
            }
        }

        assertThat(problems).as("seed %d", SEED).isEmpty();
        assertThat(listingCount()).isEqualTo(listingsBefore);
    }

    private static String problemWith(Response response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "HTTP " + status + " " + response.asString();
        }
        // Known upstream wording: SmallRye GraphQL names the Java input class when a scalar inside an input object
        // cannot be parsed ("is not a valid 'Unknown Scalar Type [<class>]'"); it is a validation error with a code.
        String body = response.asString().replaceAll("Unknown Scalar Type \\[[A-Za-z0-9_.$]+\\]", "");
        for (String leak : List.of("Exception", "java.", "io.vertx", "org.hibernate", "be.catalog", "at or near",
                "SQLSTATE", "syntax error at", "pg_", "\tat ")) {
            if (body.contains(leak)) {
                return "leaks '" + leak + "': " + body.substring(0, Math.min(400, body.length()));
            }
        }
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        if (errors != null) {
            for (Map<String, Object> error : errors) {
                Map<?, ?> extensions = (Map<?, ?>) error.get("extensions");
                // execution errors carry a code; graphql-java's validation and null propagation their own stable ones
                if (extensions == null || (extensions.get("code") == null && extensions.get("validationErrorType") == null
                        && !GRAPHQL_JAVA_CLASSIFICATIONS.contains(extensions.get("classification")))) {
                    return "error without a code: " + error;
                }
            }
        } else if (status != 200) {
            return "HTTP " + status + " without errors";
        }
        return null;
    }

    private Map<String, Object> hostileRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("query", DOCUMENTS[random.nextInt(DOCUMENTS.length)]);
        Map<String, Object> variables = new HashMap<>();
        variables.put("q", hostileValue());
        variables.put("f", Map.of("titleContains", hostileValue(), "category", hostileValue(),
                "minPrice", hostileValue(), "regions", List.of(hostileValue())));
        variables.put("n", random.nextBoolean() ? hostileValue() : random.nextInt(300) - 100);
        variables.put("a", hostileValue());
        variables.put("s", hostileValue());
        variables.put("id", hostileValue());
        variables.put("ids", List.of(hostileValue(), hostileValue()));
        variables.put("input", Map.of("agency", "FIT", "externalId", hostileValue(), "title", Map.of("en", hostileValue()),
                "category", hostileValue(), "hsCode", hostileValue(), "priceEur", hostileValue(), "unit", "BOX",
                "stockQuantity", 1, "netWeightGrams", 1, "supplier", Map.of("enterpriseNumber", hostileValue(),
                        "name", hostileValue(), "city", "x", "region", "FLANDERS")));
        body.put("variables", variables);
        return body;
    }

    private Object hostileValue() {
        return switch (random.nextInt(8)) {
            case 0 -> random.nextInt();
            case 1 -> random.nextDouble() * 1e12;
            case 2 -> List.of(HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)]);
            case 3 -> Map.of("x", HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)]);
            case 4 -> HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)] + HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)];
            case 5 -> randomUnicode(random.nextInt(64));
            default -> HOSTILE_TEXTS[random.nextInt(HOSTILE_TEXTS.length)];
        };
    }

    private Map<String, Object> garbageRequest() {
        Map<String, Object> body = new HashMap<>();
        String document = switch (random.nextInt(6)) {
            case 0 -> "{ " + "listings { edges { node { ".repeat(random.nextInt(30)) + " }";
            case 1 -> randomUnicode(random.nextInt(200));
            case 2 -> "{ " + "x: agencies { code } ".repeat(random.nextInt(60)) + "}";
            case 3 -> "query { listings(first: " + random.nextInt() + ") { totalCount } }";
            case 4 -> "{ __schema { types { fields { type { ofType { ofType { name } } } } } } }";
            default -> "fragment f on Listing { ...f } { listings { edges { node { ...f } } } }";
        };
        body.put("query", document);
        if (random.nextBoolean()) {
            body.put("variables", hostileValue());
        }
        return body;
    }

    private String randomUnicode(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x80) : random.nextInt(0x10FFFF));
        }
        return text.toString();
    }

    private static int listingCount() {
        return GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT, AgencyCode.HUB, AgencyCode.AWEX))
                .execute("{ listings { totalCount } }").ok().data("listings.totalCount");
    }
}
