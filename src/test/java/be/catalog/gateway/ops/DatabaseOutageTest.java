package be.catalog.gateway.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.graphql.FailureTranslator;
import be.catalog.gateway.support.CapturedLogs;
import be.catalog.gateway.support.DatabaseProxy;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.InjectDatabaseProxy;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;

/**
 * The service while its database is unreachable: readiness goes DOWN (Kubernetes stops routing to the pod), liveness
 * stays UP (restarting would not help), reads answer SERVICE_UNAVAILABLE with the request id in the log, and all is
 * well again once the database is back. The database is cut by a relay in front of it, never stopped; both pools go
 * through the relay, so the reads have no primary to fall back to either.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@WithTestResource(DatabaseProxy.class)
class DatabaseOutageTest {

    @InjectDatabaseProxy
    DatabaseProxy database;

    private CapturedLogs logged;

    @BeforeEach
    void captureLogs() {
        logged = CapturedLogs.of(FailureTranslator.class);
    }

    @AfterEach
    void restoreDatabase() {
        logged.close();
        database.restore();
        awaitReady();
    }

    @Test
    void readinessFollowsTheDatabaseWhileLivenessStaysUp() {
        awaitReady();

        database.cut();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(503).body("status", equalTo("DOWN")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));

        database.restore();

        awaitReady();
        GraphQLClient.anonymous().execute("{ listings(first: 1) { totalCount } }").ok();
    }

    private static void awaitReady() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then()
                .statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    void readsAnswerServiceUnavailableAndTheLogNamesTheRequest() {
        database.cut();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(given()
                .header("X-Request-Id", "outage-probe-1").contentType(ContentType.JSON)
                .body("{\"query\":\"{ listings(first: 1) { totalCount } }\"}").post("/graphql")
                .then().statusCode(200).extract().jsonPath().getString("errors[0].extensions.code"))
                .isEqualTo("SERVICE_UNAVAILABLE"));

        assertThat(logged.records()).anySatisfy(record -> {
            assertThat(record.getMessage()).contains("database unreachable");
            assertThat(record.getMdc("requestId")).isEqualTo("outage-probe-1");
        });
    }
}
