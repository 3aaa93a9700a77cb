package be.catalog.gateway.catalog;

import static be.catalog.gateway.support.ListingFixtures.CREATE;
import static be.catalog.gateway.support.ListingFixtures.LISTING_FIELDS;
import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** An agency creates a listing, edits it, puts it on sale and takes it off sale; shoppers see only what is on sale. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ListingLifecycleTest {

    private static final String READ = """
            query Read($id: ID!) { listing(id: $id) { %s } }""".formatted(LISTING_FIELDS);

    private static final String UPDATE = """
            mutation Update($id: ID!, $version: Int!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: $version, input: $input) { id version status stockQuantity
                price { amount currency } title(locale: FR) { text locale } }
            }""";

    private static final String WITHDRAW = """
            mutation Withdraw($id: ID!) { withdrawListing(id: $id) { id status version } }""";

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
    private final GraphQLClient shopper = GraphQLClient.anonymous();

    @Test
    void createdListingIsADraftWithEverythingTheAgencySent() {
        Map<String, Object> input = validInput(AgencyCode.FIT, "Dark pralines");

        GraphQLResponse created = fit.execute(CREATE, "input", input).ok();

        assertThat((String) created.data("createListing.id")).isNotBlank();
        assertThat((String) created.data("createListing.externalId")).isEqualTo(input.get("externalId"));
        assertThat((String) created.data("createListing.status")).isEqualTo("DRAFT");
        assertThat((Integer) created.data("createListing.version")).isZero();
        assertThat((String) created.data("createListing.hsCode")).isEqualTo("180690");
        assertThat((Float) created.data("createListing.price.amount")).isEqualTo(12.5f);
        assertThat((String) created.data("createListing.price.currency")).isEqualTo("EUR");
        assertThat((String) created.data("createListing.title.text")).isEqualTo("Dark pralines");
        assertThat((String) created.data("createListing.agency.code")).isEqualTo("FIT");
        assertThat((String) created.data("createListing.agency.region")).isEqualTo("FLANDERS");
        assertThat((String) created.data("createListing.supplier.enterpriseNumber")).isEqualTo("0403170701");
        assertThat((String) created.data("createListing.category.code")).isEqualTo("pralines");
        assertThat((String) created.data("createListing.category.parentCode")).isEqualTo("chocolate");
        assertThat((String) created.data("createListing.originRegion")).isEqualTo("FLANDERS");
    }

    @Test
    void draftIsVisibleToItsAgencyOnly() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Secret pralines"));

        assertThat((String) fit.execute(READ, "id", id).ok().data("listing.status")).isEqualTo("DRAFT");
        assertThat((Object) shopper.execute(READ, "id", id).ok().data("listing")).isNull();
        GraphQLClient hub = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB));
        assertThat((Object) hub.execute(READ, "id", id).ok().data("listing")).isNull();
    }

    @Test
    void publishedListingIsVisibleToEverybodyAndWithdrawnOneIsNot() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Public pralines"));

        GraphQLResponse published = fit.execute(ListingFixtures.PUBLISH, "id", id).ok();
        assertThat((String) published.data("publishListing.status")).isEqualTo("PUBLISHED");
        assertThat((Integer) published.data("publishListing.version")).isEqualTo(1);
        assertThat((String) shopper.execute(READ, "id", id).ok().data("listing.title.text"))
                .isEqualTo("Public pralines");

        assertThat((String) fit.execute(WITHDRAW, "id", id).ok().data("withdrawListing.status")).isEqualTo("WITHDRAWN");
        assertThat((Object) shopper.execute(READ, "id", id).ok().data("listing")).isNull();
        assertThat((String) fit.execute(READ, "id", id).ok().data("listing.status")).isEqualTo("WITHDRAWN");
    }

    @Test
    void publishingTwiceChangesNothingTheSecondTime() {
        String id = ListingFixtures.createPublished(validInput(AgencyCode.FIT, "Twice published"));

        GraphQLResponse again = fit.execute(ListingFixtures.PUBLISH, "id", id).ok();

        assertThat((Integer) again.data("publishListing.version")).isEqualTo(1);
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndBumpsTheVersion() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Milk pralines"));

        GraphQLResponse updated = fit.execute(UPDATE, "id", id, "version", 0, "input",
                Map.of("stockQuantity", 7, "priceEur", "13.95", "title", Map.of("en", "Milk pralines", "fr", "Pralines au lait")))
                .ok();

        assertThat((Integer) updated.data("updateListing.version")).isEqualTo(1);
        assertThat((Integer) updated.data("updateListing.stockQuantity")).isEqualTo(7);
        assertThat((Float) updated.data("updateListing.price.amount")).isEqualTo(13.95f);
        assertThat((String) updated.data("updateListing.title.text")).isEqualTo("Pralines au lait");
        GraphQLResponse read = fit.execute(READ, "id", id).ok();
        assertThat((String) read.data("listing.hsCode")).isEqualTo("180690");
        assertThat((String) read.data("listing.description.text")).isEqualTo("Hand-made in Ghent");
    }

    /** A transaction PostgreSQL gives up for another's (here failed as a deadlock by the test) is run again. */
    @Test
    void aCreationOrAnUpdateThatLostADeadlockIsWrittenOnItsRetry() throws Exception {
        String word = ListingFixtures.uniqueToken();
        String id;
        try (AutoCloseable deadlock = Database.deadlockedOnce("listing", "INSERT",
                "NEW.title_en LIKE '%" + word + "%'")) {
            id = fit.execute(CREATE, "input", validInput(AgencyCode.FIT, word + " pralines")).ok()
                    .data("createListing.id");
            assertThat(Database.attempts()).isEqualTo(2);
        }
        try (AutoCloseable deadlock = Database.deadlockedOnce("listing", "UPDATE",
                "NEW.title_en LIKE '%" + word + "%'")) {
            GraphQLResponse updated = fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 9))
                    .ok();

            assertThat((Integer) updated.data("updateListing.version")).as("bumped once").isEqualTo(1);
            assertThat((Integer) updated.data("updateListing.stockQuantity")).isEqualTo(9);
            assertThat(Database.attempts()).isEqualTo(2);
        }
        try (AutoCloseable deadlock = Database.deadlockedOnce("listing", "UPDATE",
                "NEW.title_en LIKE '%" + word + "%'")) {
            GraphQLResponse withdrawn = fit.execute(WITHDRAW, "id", id).ok();

            assertThat((String) withdrawn.data("withdrawListing.status")).isEqualTo("WITHDRAWN");
            assertThat((Integer) withdrawn.data("withdrawListing.version")).as("bumped once").isEqualTo(2);
            assertThat(Database.attempts()).isEqualTo(2);
        }
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndOverwritesNothing() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Contested pralines"));
        fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 5)).ok();

        GraphQLResponse stale = fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 99));

        stale.failsWith("CONFLICT");
        assertThat(stale.json().getString("errors[0].extensions.currentVersion")).isEqualTo("1");
        assertThat((Integer) fit.execute(READ, "id", id).ok().data("listing.stockQuantity")).isEqualTo(5);
    }

    @Test
    void anAgencyCannotUseTheSameExternalIdTwice() {
        Map<String, Object> input = validInput(AgencyCode.FIT, "Unique pralines");
        ListingFixtures.create(input);

        GraphQLResponse second = fit.execute(CREATE, "input", input);

        second.failsWith("DUPLICATE_EXTERNAL_ID");
        assertThat(second.errorField()).isEqualTo("input.externalId");
    }

    @Test
    void twoAgenciesMayUseTheSameExternalIdAndShareTheSupplier() {
        Map<String, Object> fitInput = validInput(AgencyCode.FIT, "Shared supplier pralines");
        Map<String, Object> hubInput = validInput(AgencyCode.HUB, "Shared supplier pralines");
        hubInput.put("externalId", fitInput.get("externalId"));

        String fitSupplier = fit.execute(CREATE, "input", fitInput).ok().data("createListing.supplier.id");
        String hubSupplier = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(CREATE, "input", hubInput)
                .ok().data("createListing.supplier.id");

        assertThat(hubSupplier).isEqualTo(fitSupplier);
    }

    @Test
    void unknownListingCannotBeUpdated() {
        String unknown = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Listing:999999999".getBytes());

        fit.execute(UPDATE, "id", unknown, "version", 0, "input", Map.of("stockQuantity", 1))
                .failsWith("LISTING_NOT_FOUND");
    }

    @Test
    void malformedIdsAreRefused() {
        shopper.execute(READ, "id", "not-an-id").failsWith("INVALID_ID");
    }
}
