package be.catalog.gateway.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.graphql.execution.ExecutionService;

/**
 * Every error a client can cause carries a stable code and the request id under which the server logged it, and
 * nothing else about the server: no exception names, no stack traces.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ErrorContractTest {

    private static final Set<String> PUBLIC_EXTENSIONS = Set.of("code", "validationErrorType",
            "queryPath", "field", "violations", "currentVersion", "requestId");

    @Test
    void anExecutionErrorCarriesTheRequestIdOfTheLog() {
        Response response = post("{ listing(id: \"not-an-id\") { id } }", "storefront-4711");

        assertThat(response.path("errors[0].extensions.code").toString()).isEqualTo("INVALID_ID");
        assertThat(response.path("errors[0].extensions.requestId").toString()).isEqualTo("storefront-4711");
        assertThat(response.header("X-Request-Id")).isEqualTo("storefront-4711");
        assertOnlyPublicExtensions(response);
    }

    @Test
    void aRefusalBeforeExecutionCarriesTheRequestIdToo() {
        Response response = post("{ " + "a { ".repeat(20) + "b" + " }".repeat(20) + " }", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.path("errors[0].extensions.requestId").toString())
                .isEqualTo(response.header("X-Request-Id")).isNotBlank();
    }

    @Test
    void schemaValidationErrorsRevealNoServerInternals() {
        Response response = post("{ listings { edges { node { noSuchField } } } }", null);

        assertThat(response.path("errors[0].message").toString()).doesNotContain("Exception", "be.catalog");
        // graphql-java's own stable codes for documents that do not fit the schema
        assertThat(response.path("errors[0].extensions.validationErrorType").toString()).isEqualTo("FieldUndefined");
        assertOnlyPublicExtensions(response);
    }

    /** Answers without errors are written by ResponseJson (ResponseJsonTest); these, with errors, still by SmallRye. */
    @Test
    void answersAreWrittenByTheServiceThatWritesThemDirectly() {
        assertThat(Arc.container().instance(ExecutionService.class).get())
                .isInstanceOf(DirectJsonExecutionService.class);
    }

    private static void assertOnlyPublicExtensions(Response response) {
        Map<String, Object> extensions = response.path("errors[0].extensions");
        assertThat(PUBLIC_EXTENSIONS).containsAll(extensions.keySet());
    }

    private static Response post(String query, String requestId) {
        var request = given().contentType(ContentType.JSON).body(Map.of("query", query));
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return request.post("/graphql");
    }
}
