package be.catalog.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * A public GraphQL API bounds what one request may ask. Each bound answers HTTP 400 with its own code, before
 * anything is executed; the defaults are in application.properties (catalog.limits.*).
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class GraphQLLimitsTest {

    private final GraphQLClient client = GraphQLClient.anonymous();

    @Test
    void tooDeepIsRefused() {
        String deep = "{ " + "a { ".repeat(13) + "b" + " }".repeat(13) + " }";

        refused(deep, "QUERY_TOO_DEEP");
    }

    @Test
    void tooManyAliasesAreRefused() {
        StringBuilder aliases = new StringBuilder("{ agencies { ");
        for (int i = 0; i < 31; i++) {
            aliases.append("a").append(i).append(": code ");
        }
        refused(aliases.append("} }").toString(), "TOO_MANY_ALIASES");
    }

    @Test
    void tooManyRootFieldsAreRefused() {
        StringBuilder roots = new StringBuilder("{ ");
        for (int i = 0; i < 11; i++) {
            roots.append("r").append(i).append(": agencies { code } ");
        }
        refused(roots.append("}").toString(), "TOO_MANY_ROOT_FIELDS");
    }

    @Test
    void nestedPagesMultiplyIntoTheCostAndTooCostlyIsRefused() {
        // 100 listings x 20 listings of each supplier x 20 listings of each of their suppliers = 40,000 objects
        refused("""
                { listings(first: 100) { edges { node { supplier { listings { supplier { listings { id } } } } } } } }""",
                "QUERY_TOO_COMPLEX");
    }

    @Test
    void pageSizesGivenAsVariablesCountToo() {
        GraphQLResponse response = client.execute("""
                query($n: Int) { listings(first: $n) { edges { node { supplier { listings { supplier { id } } } } } } }""",
                "n", 100);
        // 100 x 20 x 3 fields is within the bound: only the variable decides
        assertThat(response.status()).isEqualTo(200);
    }

    @Test
    void aFullPageWithFacetsIsWithinTheBounds() {
        client.execute("""
                { listings(first: 100, query: "chocolate") {
                    totalCount
                    edges { cursor node { id title { text locale } price { amount } supplier { name }
                                          category { name { text } } certifications { code } } }
                    facets { regions { value count } categories { value count } priceRanges { from to count } }
                } }""").ok();
    }

    @Test
    void tooLongDocumentsAreRefused() {
        refused("{ agencies { code } }" + "#".repeat(16_000), "DOCUMENT_TOO_LARGE");
    }

    @Test
    void tooManyTokensAreRefused() {
        refused("{ agencies { " + "code ".repeat(3_001) + "} }", "TOO_MANY_TOKENS");
    }

    @Test
    void tooLargeBatchesAreRefused() {
        Map<String, Object> operation = Map.of("query", "{ agencies { code } }");
        String code = given().contentType(ContentType.JSON).body(List.of(operation, operation, operation, operation,
                operation, operation)).post("/graphql").then().statusCode(400).extract()
                .path("errors[0].extensions.code");

        assertThat(code).isEqualTo("BATCH_TOO_LARGE");
    }

    @Test
    void syntaxErrorsAndBodiesThatAreNotGraphQLRequestsHaveCodes() {
        refused("{ agencies { code ", "INVALID_SYNTAX");
        for (String body : new String[] { "[1, 2", "{\"query\": \"{ agencies { code } }\", \"variables\": 5}",
                "{\"query\": 42}", "{\"query\": \"{ agencies { code } }\", \"operationName\": []}" }) {
            String code = given().contentType(ContentType.JSON).body(body).post("/graphql").then().statusCode(400)
                    .extract().path("errors[0].extensions.code");
            assertThat(code).as(body).isEqualTo("INVALID_REQUEST");
        }
    }

    private void refused(String document, String code) {
        GraphQLResponse response = client.execute(document).failsWith(code);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).doesNotContain("Exception", "at be.", "at io.");
    }
}
