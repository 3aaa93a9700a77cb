package be.catalog.gateway.events;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.events.service.ListingChangeFeed;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.SubscriptionClient;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.json.JsonObject;

/**
 * Storefronts keeping a cache subscribe to listingChanged over graphql-transport-ws and hear of every committed change
 * of a published listing, whoever wrote it, filtered as they asked; never of drafts, never of writes rolled back.
 *
 * <p>"Nothing was delivered" is asserted without sleeping: after the change that must not arrive, a change that must
 * arrive is made, and it has to be the first message.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ListingChangeSubscriptionTest {

    static final String SUBSCRIPTION = """
            subscription Changes($filter: ListingChangeFilter) {
              listingChanged(filter: $filter) {
                kind listingId agency version status previousStatus region category changedAt
                listing { id version status title { text locale } price { amount currency } supplier { name } }
              }
            }""";

    private static final String UPDATE = """
            mutation Update($id: ID!, $version: Int!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: $version, input: $input) { id version }
            }""";

    private static final String UPSERT = """
            mutation Upsert($agency: AgencyCode!, $listings: [ListingInput!]!) {
              upsertListings(agency: $agency, listings: $listings) { status listing { id } }
            }""";

    @TestHTTPResource("/graphql")
    URI graphql;

    @Inject
    ListingChangeFeed feed;

    @Inject
    SubscriptionConfig config;

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
    private final GraphQLClient awex = GraphQLClient.withToken(Tokens.agency(AgencyCode.AWEX));
    private final List<SubscriptionClient> clients = new ArrayList<>();

    @AfterEach
    void closeClients() {
        clients.forEach(SubscriptionClient::close);
        SubscriptionClient.awaitActive(graphql, 0);
    }

    @Test
    void publishingThroughGraphQLReachesASubscriberWithTheFreshListing() {
        SubscriptionClient shop = subscribe(Map.of());
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Announced pralines"));

        fit.execute(ListingFixtures.PUBLISH, "id", id).ok();

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("kind")).isEqualTo("PUBLISHED");
        assertThat(change.getString("listingId")).isEqualTo(id);
        assertThat(change.getString("agency")).isEqualTo("FIT");
        assertThat(change.getInteger("version")).isEqualTo(1);
        assertThat(change.getString("status")).isEqualTo("PUBLISHED");
        assertThat(change.getString("previousStatus")).isEqualTo("DRAFT");
        assertThat(change.getString("region")).isEqualTo("FLANDERS");
        assertThat(change.getString("category")).isEqualTo("pralines");
        assertThat(change.getString("changedAt")).isNotBlank();
        JsonObject listing = change.getJsonObject("listing");
        assertThat(listing.getString("id")).isEqualTo(id);
        assertThat(listing.getInteger("version")).isEqualTo(1);
        assertThat(listing.getJsonObject("title").getString("text")).isEqualTo("Announced pralines");
        assertThat(listing.getJsonObject("price").getString("currency")).isEqualTo("EUR");
        assertThat(listing.getJsonObject("supplier").getString("name")).isEqualTo("Chocolaterie Test");
    }

    @Test
    void aChangeWrittenByAnotherWriterOnTheSameDatabaseReachesTheSubscriber() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Pralines changed elsewhere"));
        SubscriptionClient shop = subscribe(Map.of());

        // Not through this instance: a separate connection, as another instance or a script would write.
        Database.commit("UPDATE listing SET stock_quantity = 7, version = version + 1, updated_at = now()"
                + " WHERE id = " + GlobalId.decode(ListingView.TYPE, id));

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("kind")).isEqualTo("UPDATED");
        assertThat(change.getString("listingId")).isEqualTo(id);
        assertThat(change.getInteger("version")).isEqualTo(2);
        assertThat(change.getJsonObject("listing").getInteger("version")).isEqualTo(2);
    }

    @Test
    void aSubscriberFilteredToARegionHearsNothingOfAnotherRegion() {
        String flemish = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Flemish pralines"));
        String walloon = ListingFixtures.createPublished(walloonInput("Walloon pralines"));
        SubscriptionClient shop = subscribe(Map.of("regions", List.of("WALLONIA")));

        withdraw(fit, flemish);
        withdraw(awex, walloon);

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("listingId")).isEqualTo(walloon);
        assertThat(change.getString("kind")).isEqualTo("WITHDRAWN");
        assertThat(change.getString("previousStatus")).isEqualTo("PUBLISHED");
        assertThat(change.getValue("listing")).as("a withdrawn listing is no longer shown").isNull();
    }

    @Test
    void aCategoryFilterIncludesTheDescendantCategories() {
        Map<String, Object> beer = validInput(AgencyCode.FIT, "Abbey beer");
        beer.put("category", "beer");
        beer.put("hsCode", "2203.00");
        String beerId = ListingFixtures.create(beer);
        String pralines = ListingFixtures.create(validInput(AgencyCode.FIT, "Chocolate-filtered pralines"));
        SubscriptionClient shop = subscribe(Map.of("category", "chocolate"));

        fit.execute(ListingFixtures.PUBLISH, "id", beerId).ok();
        fit.execute(ListingFixtures.PUBLISH, "id", pralines).ok();

        assertThat(shop.nextChange("1").getString("listingId")).isEqualTo(pralines);
    }

    @Test
    void changesOfDraftsNeverReachSubscribers() {
        String draft = ListingFixtures.create(validInput(AgencyCode.FIT, "Secret pralines"));
        SubscriptionClient shop = subscribe(Map.of());

        fit.execute(UPDATE, "id", draft, "version", 0, "input", Map.of("stockQuantity", 3)).ok();
        withdraw(fit, draft);
        String published = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Public pralines"));

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("listingId")).isEqualTo(published);
        assertThat(change.getString("kind")).isEqualTo("PUBLISHED");
    }

    @Test
    void aRolledBackWriteAnnouncesNothing() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Rolled back pralines"));
        long key = GlobalId.decode(ListingView.TYPE, id);
        SubscriptionClient shop = subscribe(Map.of());

        Database.rollBack("UPDATE listing SET stock_quantity = 1, version = version + 1 WHERE id = " + key);
        // a refused update: the new price breaks a rule once applied, inside the transaction, which rolls back
        fit.execute(UPDATE, "id", id, "version", 1, "input", Map.of("priceEur", "-1")).failsWith("INVALID_PRICE");
        fit.execute(UPDATE, "id", id, "version", 1, "input", Map.of("stockQuantity", 2)).ok();

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("kind")).isEqualTo("UPDATED");
        assertThat(change.getInteger("version")).isEqualTo(2);
    }

    @Test
    void anUnchangedUpsertAnnouncesNothing() {
        Map<String, Object> record = validInput(AgencyCode.FIT, "Upserted pralines");
        String id = fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok()
                .data("upsertListings[0].listing.id");
        fit.execute(ListingFixtures.PUBLISH, "id", id).ok();
        SubscriptionClient shop = subscribe(Map.of("agencies", List.of("FIT")));

        assertThat((String) fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok()
                .data("upsertListings[0].status")).isEqualTo("UNCHANGED");
        record.put("stockQuantity", 5);
        assertThat((String) fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok()
                .data("upsertListings[0].status")).isEqualTo("UPDATED");

        JsonObject change = shop.nextChange("1");
        assertThat(change.getString("kind")).isEqualTo("UPDATED");
        assertThat(change.getString("listingId")).isEqualTo(id);
    }

    @Test
    void aSubscriberThatFallsTooFarBehindIsEndedWithoutHoldingBackTheOthers() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Busy pralines"));
        long key = GlobalId.decode(ListingView.TYPE, id);
        ListingChangeFilter fitOnly = new ListingChangeFilter();
        fitOnly.agencies = List.of(AgencyCode.FIT);
        AssertSubscriber<ListingChange> stalled = feed.subscribe(fitOnly, null)
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<ListingChange> reading = feed.subscribe(fitOnly, null)
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        SubscriptionClient.awaitActive(graphql, 2);
        int changes = config.bufferSize() + 10;

        String[] updates = new String[changes];
        Arrays.fill(updates, "UPDATE listing SET stock_quantity = stock_quantity + 1, version = version + 1"
                + " WHERE id = " + key);
        Database.commit(updates);

        reading.awaitItems(changes, SubscriptionClient.TIMEOUT);
        stalled.awaitFailure(SubscriptionClient.TIMEOUT)
                .assertFailedWith(SubscriptionOverflowException.class, "subscribe again");
        reading.cancel();
    }

    @Test
    void anUnknownCategoryIsRefused() {
        SubscriptionClient shop = SubscriptionClient.connect(graphql);
        clients.add(shop);

        shop.subscribe("1", SUBSCRIPTION, Map.of("filter", Map.of("category", "no-such-category")));

        assertThat(shop.nextErrorCode("1")).isEqualTo("UNKNOWN_CATEGORY");
    }

    @Test
    void subscriptionDocumentsAreHeldToTheQueryLimits() {
        SubscriptionClient shop = SubscriptionClient.connect(graphql);
        clients.add(shop);
        String deep = "subscription { listingChanged { listing { supplier { listings { supplier { listings { supplier {"
                + " listings { supplier { listings { supplier { listings { id } } } } } } } } } } } } }";

        shop.subscribe("1", deep, Map.of());

        assertThat(shop.nextErrorCode("1")).isEqualTo("QUERY_TOO_DEEP");
    }

    @Test
    void theWebSocketCarriesNoQueriesNorMutations() {
        SubscriptionClient shop = SubscriptionClient.connect(graphql);
        clients.add(shop);

        shop.subscribe("1", "{ listings(first: 100) { totalCount } }", Map.of());
        assertThat(shop.nextErrorCode("1")).isEqualTo("OPERATION_NOT_ALLOWED_OVER_WEBSOCKET");
        shop.subscribe("2", "mutation { withdrawListing(id: \"TGlzdGluZzox\") { id } }", Map.of());
        assertThat(shop.nextErrorCode("2")).isEqualTo("OPERATION_NOT_ALLOWED_OVER_WEBSOCKET");
    }

    @Test
    void aSubscriptionSentAsAnHttpRequestIsRefused() {
        GraphQLResponse response = GraphQLClient.anonymous().execute(SUBSCRIPTION, "filter", Map.of());

        assertThat(response.status()).isEqualTo(400);
        response.failsWith("SUBSCRIPTION_NOT_ALLOWED_OVER_HTTP");
    }

    @Test
    void anUpgradeHeaderDoesNotSlipADocumentPastTheChecksOfGraphQLOverGet() {
        String mutation = "mutation { withdrawListing(id: \"TGlzdGluZzox\") { id } }";

        Response response = given()
                .header("Upgrade", "websocket").header("Connection", "Upgrade").queryParam("query", mutation)
                .get("/graphql");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.jsonPath().getString("errors[0].extensions.code"))
                .isEqualTo("MUTATION_NOT_ALLOWED_OVER_GET");
    }

    @Test
    void oneConnectionHoldsAtMostTheConfiguredNumberOfSubscriptions() {
        SubscriptionClient shop = SubscriptionClient.connect(graphql);
        clients.add(shop);
        for (int i = 1; i <= 10; i++) {
            shop.subscribe(Integer.toString(i), SUBSCRIPTION, Map.of());
        }
        SubscriptionClient.awaitActive(graphql, 10);

        shop.subscribe("11", SUBSCRIPTION, Map.of());

        assertThat(shop.nextErrorCode("11")).isEqualTo("TOO_MANY_SUBSCRIPTIONS");
        shop.complete("1");
        SubscriptionClient.awaitActive(graphql, 9);
        shop.subscribe("12", SUBSCRIPTION, Map.of(), 10);
    }

    private SubscriptionClient subscribe(Map<String, Object> filter) {
        SubscriptionClient client = SubscriptionClient.connect(graphql);
        clients.add(client);
        client.subscribe("1", SUBSCRIPTION, Map.of("filter", filter), 1);
        return client;
    }

    private static Map<String, Object> walloonInput(String title) {
        Map<String, Object> input = validInput(AgencyCode.AWEX, title);
        input.put("supplier", ListingFixtures.supplier("0202239951", "Biscuiterie Test", "Namur", "WALLONIA"));
        return input;
    }

    private static void withdraw(GraphQLClient client, String id) {
        client.execute("mutation W($id: ID!) { withdrawListing(id: $id) { id } }", "id", id).ok();
    }
}
