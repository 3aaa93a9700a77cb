package be.catalog.gateway.events;

import static be.catalog.gateway.events.ListingChangeSubscriptionTest.SUBSCRIPTION;
import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.SecondInstance;
import be.catalog.gateway.support.SubscriptionClient;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.vertx.core.json.JsonObject;

/**
 * Two instances of the packaged gateway on one database, as replicas behind a load balancer: a storefront subscribed
 * to one of them hears of a change made through the other, with nothing but PostgreSQL between them.
 */
@QuarkusIntegrationTest
@WithTestResource(OidcWiremockTestResource.class)
class ListingChangeAcrossInstancesIT {

    private static SecondInstance second;

    @TestHTTPResource("/graphql")
    URI first;

    /**
     * Started with the first test, once Quarkus has launched the instance under test for this class: launched earlier
     * (in a {@code @BeforeAll}), it was stopped together with the previous test class's instance.
     */
    @BeforeEach
    void startSecondInstance() throws Exception {
        if (second == null) {
            second = SecondInstance.start();
        }
    }

    @AfterAll
    static void stopSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    @Test
    void aChangeMadeThroughOneInstanceReachesTheSubscribersOfTheOther() {
        GraphQLClient fitOnSecond = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT)).at(second.graphql());
        String id = fitOnSecond.execute(ListingFixtures.CREATE, "input",
                validInput(AgencyCode.FIT, "Replicated pralines")).ok().data("createListing.id");

        try (SubscriptionClient shop = SubscriptionClient.connect(first)) {
            shop.subscribe("1", SUBSCRIPTION, Map.of("filter", Map.of("agencies", java.util.List.of("FIT"))), 1);

            fitOnSecond.execute(ListingFixtures.PUBLISH, "id", id).ok();

            JsonObject change = shop.nextChange("1");
            assertThat(change.getString("kind")).isEqualTo("PUBLISHED");
            assertThat(change.getString("listingId")).isEqualTo(id);
            assertThat(change.getJsonObject("listing").getJsonObject("title").getString("text"))
                    .isEqualTo("Replicated pralines");
        }
    }

    @Test
    void andTheOtherWayRound() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Pralines the other way"));

        try (SubscriptionClient shop = SubscriptionClient.connect(second.graphql())) {
            shop.subscribe("1", SUBSCRIPTION, Map.of(), 1);

            GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT)).execute(ListingFixtures.PUBLISH, "id", id).ok();

            assertThat(shop.nextChange("1").getString("listingId")).isEqualTo(id);
        }
    }
}
