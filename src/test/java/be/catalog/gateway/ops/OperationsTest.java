package be.catalog.gateway.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Metrics;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** What operators rely on: health probes, Prometheus metrics, request ids and the CORS policy. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class OperationsTest {

    private static final String DATABASE_CHECK = "Reactive PostgreSQL connections health check";
    private static final String AGENCIES_QUERY = "name=\"agencies\",source=\"false\",type=\"QUERY\"";
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(DATABASE_CHECK))
                .body("checks.find { it.name == '" + DATABASE_CHECK + "' }.status", equalTo("UP"));
    }

    @Test
    void startupIsUp() {
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsTimeEachGraphQLOperation() {
        double before = Metrics.value("mp_graphql_seconds_count", AGENCIES_QUERY);

        GraphQLClient.anonymous().execute("{ agencies { code } }").ok();

        double after = Metrics.value("mp_graphql_seconds_count", AGENCIES_QUERY);
        assertThat(after).isEqualTo(before + 1);
        assertThat(Metrics.value("mp_graphql_seconds_sum", AGENCIES_QUERY)).isPositive();
    }

    @Test
    void metricsCountErrorsByOperationAndCode() {
        double before = Metrics.value("catalog_graphql_errors_total", "code=\"INVALID_ID\",operation=\"listing\"");

        GraphQLClient.anonymous().execute("{ listing(id: \"not-an-id\") { id } }").failsWith("INVALID_ID");

        assertThat(Metrics.value("catalog_graphql_errors_total", "code=\"INVALID_ID\",operation=\"listing\""))
                .isEqualTo(before + 1);
    }

    @Test
    void metricsCountAFailedFieldOnceAlsoWhenItIsComputedInMemory() {
        String id = ListingFixtures.createPublished(
                ListingFixtures.validInput(AgencyCode.HUB, "Metered " + ListingFixtures.uniqueToken()));
        String series = "code=\"INVALID_QUANTITY\",operation=\"landedCost\"";
        double before = Metrics.value("catalog_graphql_errors_total", series);

        GraphQLClient.anonymous().execute("query($id: ID!) { listing(id: $id) { landedCost(quantity: 0) { total {"
                + " amount } } } }", "id", id).failsWith("INVALID_QUANTITY");

        assertThat(Metrics.value("catalog_graphql_errors_total", series)).isEqualTo(before + 1);
    }

    @Test
    void metricsCountRefusedWritesByCode() {
        double before = Metrics.value("catalog_graphql_errors_total",
                "code=\"UNAUTHENTICATED\",operation=\"createListing\"");

        GraphQLClient.anonymous().execute(ListingFixtures.CREATE, "input",
                ListingFixtures.validInput(AgencyCode.FIT, "Pralines")).failsWith("UNAUTHENTICATED");

        assertThat(Metrics.value("catalog_graphql_errors_total",
                "code=\"UNAUTHENTICATED\",operation=\"createListing\"")).isEqualTo(before + 1);
    }

    @Test
    void readinessReportsTheReadReplica() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'Read replica' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'Read replica' }.data.read", equalTo("UP"));
    }

    @Test
    void metricsShowTheUsageOfBothDatabasePools() {
        GraphQLClient.anonymous().execute("{ listings(first: 1) { totalCount } }").ok();
        GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT)).execute("{ listings(first: 1) { totalCount } }").ok();

        String metrics = Metrics.scrape();
        assertThat(metrics).contains("sql_pool_active{", "sql_pool_idle{", "sql_pool_queue_size{",
                "sql_pool_queue_delay_seconds_count{", "sql_pool_usage_seconds_count{", "catalog_read_fallback_total");
        assertThat(metrics.lines().filter(line -> line.startsWith("sql_pool_usage_seconds_count{")))
                .anyMatch(line -> line.contains("pool_name=\"primary\""))
                .anyMatch(line -> line.contains("pool_name=\"read\""));
    }

    @Test
    void aRequestIdIsGeneratedWhenNoneIsGiven() {
        Response response = given().contentType(ContentType.JSON).body("{\"query\":\"{ agencies { code } }\"}")
                .post("/graphql");

        assertThat(response.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void theCallersRequestIdIsEchoed() {
        Response response = given().header("X-Request-Id", "storefront-7f3a.42").contentType(ContentType.JSON)
                .body("{\"query\":\"{ agencies { code } }\"}").post("/graphql");

        assertThat(response.header("X-Request-Id")).isEqualTo("storefront-7f3a.42");
    }

    @Test
    void anImplausibleRequestIdIsReplaced() {
        Response response = given().header("X-Request-Id", "<script>alert(1)</script>").get("/q/health/live");

        assertThat(response.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void refusedTokensAnswerWithARequestIdToo() {
        Response response = given().header("Authorization", "Bearer not.a.token").contentType(ContentType.JSON)
                .body("{\"query\":\"mutation { publishListing(id: \\\"TGlzdGluZzox\\\") { id } }\"}")
                .post("/graphql");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void storefrontOriginsMayCallTheApiFromBrowsers() {
        given().header("Origin", "https://shop.example.cn")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization")
                .options("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "https://shop.example.cn")
                .header("Access-Control-Allow-Credentials", "false");
    }

    @Test
    void otherOriginsAreRefused() {
        given().header("Origin", "https://evil.example.com").contentType(ContentType.JSON)
                .body("{\"query\":\"{ agencies { code } }\"}")
                .post("/graphql")
                .then().statusCode(403);
    }
}
