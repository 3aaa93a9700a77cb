package be.catalog.gateway.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;

/** Each client has its own budget of requests; over it: HTTP 429, a code and when to retry. */
@QuarkusTest
@TestProfile(RateLimitTest.TightRateLimit.class)
@WithTestResource(OidcWiremockTestResource.class)
class RateLimitTest {

    /** Three requests at once, then one every ten seconds. */
    public static class TightRateLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.rate-limit.burst", "3", "catalog.rate-limit.requests-per-second", "0.1");
        }
    }

    private static final String QUERY = "{ agencies { code } }";

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        GraphQLClient client = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
        for (int i = 0; i < 3; i++) {
            client.execute(QUERY).ok();
        }

        Response refused = given().header("Authorization", "Bearer " + client.token()).contentType("application/json")
                .body(Map.of("query", QUERY)).post("/graphql");

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.<String>path("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 10);
    }

    @Test
    void otherClientsKeepTheirOwnBudget() {
        GraphQLClient greedy = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB));
        for (int i = 0; i < 4; i++) {
            greedy.execute(QUERY);
        }

        GraphQLClient.withToken(Tokens.agency(AgencyCode.AWEX)).execute(QUERY).ok();
    }

    @Test
    void healthChecksAreNeverLimited() {
        for (int i = 0; i < 10; i++) {
            given().get("/q/health/live").then().statusCode(200);
        }
    }
}
