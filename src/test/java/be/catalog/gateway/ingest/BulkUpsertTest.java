package be.catalog.gateway.ingest;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

/** Agencies send many listings at once; retries are safe and a bad record is rejected alone. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class BulkUpsertTest {

    static final String UPSERT = """
            mutation Upsert($agency: AgencyCode!, $listings: [ListingInput!]!) {
              upsertListings(agency: $agency, listings: $listings) {
                index externalId status errors { field code message }
                listing { id externalId version status stockQuantity title { text } description { text } }
              }
            }""";

    private static final String FIND = """
            query Find($word: String!) {
              listings(filter: { titleContains: $word }, first: 100) { totalCount }
            }""";

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));

    @Test
    void retriedCallCreatesNothingTwiceAndReportsEveryRecordUnchanged() {
        String word = ListingFixtures.uniqueToken();
        List<Map<String, Object>> batch = List.of(validInput(AgencyCode.FIT, word + " one"),
                validInput(AgencyCode.FIT, word + " two"), validInput(AgencyCode.FIT, word + " three"));

        GraphQLResponse first = fit.execute(UPSERT, "agency", "FIT", "listings", batch).ok();
        GraphQLResponse retry = fit.execute(UPSERT, "agency", "FIT", "listings", batch).ok();

        assertThat(statuses(first)).containsExactly("CREATED", "CREATED", "CREATED");
        assertThat(statuses(retry)).containsExactly("UNCHANGED", "UNCHANGED", "UNCHANGED");
        assertThat(retry.<List<Integer>>data("upsertListings.listing.version")).containsExactly(0, 0, 0);
        assertThat(retry.<List<String>>data("upsertListings.listing.id"))
                .isEqualTo(first.<List<String>>data("upsertListings.listing.id"));
        assertThat(retry.<List<Integer>>data("upsertListings.index")).containsExactly(0, 1, 2);
        assertThat((Integer) fit.execute(FIND, "word", word).ok().data("listings.totalCount")).isEqualTo(3);
    }

    /**
     * A record whose transaction PostgreSQL gives up for another's (here a trigger of the test that fails the first
     * insert of a marked record as a deadlock would) is written on a second try, once.
     */
    @Test
    void aRecordWhoseTransactionLostADeadlockIsWrittenOnItsRetry() throws Exception {
        String word = ListingFixtures.uniqueToken();
        try (AutoCloseable deadlock = Database.deadlockedOnce("listing", "INSERT",
                "NEW.title_en LIKE '%" + word + "%'")) {
            GraphQLResponse upserted = fit.execute(UPSERT, "agency", "FIT", "listings",
                    List.of(validInput(AgencyCode.FIT, word + " deadlocked"), validInput(AgencyCode.FIT, word + " next")))
                    .ok();

            assertThat(statuses(upserted)).containsExactly("CREATED", "CREATED");
            assertThat(Database.attempts()).as("the first record twice, the second once").isEqualTo(3);
            assertThat((Integer) fit.execute(FIND, "word", word).ok().data("listings.totalCount")).isEqualTo(2);
        }
    }

    @Test
    void changedRecordIsUpdatedAndItsVersionIncreases() {
        Map<String, Object> record = validInput(AgencyCode.FIT, ListingFixtures.uniqueToken());
        fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok();
        Map<String, Object> changed = new HashMap<>(record);
        changed.put("stockQuantity", 3);
        changed.remove("description");

        GraphQLResponse updated = fit.execute(UPSERT, "agency", "FIT", "listings", List.of(changed)).ok();

        assertThat(statuses(updated)).containsExactly("UPDATED");
        assertThat((Integer) updated.data("upsertListings[0].listing.version")).isEqualTo(1);
        assertThat((Integer) updated.data("upsertListings[0].listing.stockQuantity")).isEqualTo(3);
        assertThat((Object) updated.data("upsertListings[0].listing.description")).isNull();
        assertThat(statuses(fit.execute(UPSERT, "agency", "FIT", "listings", List.of(changed)).ok()))
                .containsExactly("UNCHANGED");
    }

    @Test
    void badRecordsAreRejectedAloneWithTheirCodesAndNothingOfThemIsWritten() {
        String word = ListingFixtures.uniqueToken();
        Map<String, Object> good = validInput(AgencyCode.FIT, word + " good");
        Map<String, Object> badPrice = validInput(AgencyCode.FIT, word + " bad price");
        badPrice.put("priceEur", "-1");
        badPrice.put("hsCode", "12");
        Map<String, Object> unknownCategory = validInput(AgencyCode.FIT, word + " unknown category");
        unknownCategory.put("category", "spaceships");
        Map<String, Object> unknownCertification = validInput(AgencyCode.FIT, word + " unknown certification");
        unknownCertification.put("certifications", List.of("organic", "moon-approved"));
        Map<String, Object> otherAgency = validInput(AgencyCode.HUB, word + " other agency");

        GraphQLResponse response = fit.execute(UPSERT, "agency", "FIT", "listings",
                List.of(good, badPrice, unknownCategory, unknownCertification, otherAgency)).ok();

        assertThat(statuses(response)).containsExactly("CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED");
        assertThat(response.<List<String>>data("upsertListings[1].errors.code"))
                .containsExactlyInAnyOrder("INVALID_PRICE", "INVALID_HS_CODE");
        assertThat(response.<List<String>>data("upsertListings[1].errors.field"))
                .containsExactlyInAnyOrder("listings[1].priceEur", "listings[1].hsCode");
        assertThat(response.<List<String>>data("upsertListings[2].errors.code")).containsExactly("UNKNOWN_CATEGORY");
        assertThat(response.<List<String>>data("upsertListings[2].errors.field")).containsExactly("listings[2].category");
        assertThat(response.<List<String>>data("upsertListings[3].errors.code")).containsExactly("UNKNOWN_CERTIFICATION");
        assertThat(response.<List<String>>data("upsertListings[4].errors.code")).containsExactly("AGENCY_MISMATCH");
        assertThat((Object) response.data("upsertListings[1].listing")).isNull();
        assertThat((String) response.data("upsertListings[3].externalId")).isEqualTo(unknownCertification.get("externalId"));
        assertThat((Integer) fit.execute(FIND, "word", word).ok().data("listings.totalCount")).isEqualTo(1);
    }

    @Test
    void anotherAgencysTokenIsRefusedForTheWholeCall() {
        GraphQLResponse response = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB))
                .execute(UPSERT, "agency", "FIT", "listings", List.of(validInput(AgencyCode.FIT, "not mine")));

        response.failsWith("FORBIDDEN");
        assertThat((Object) response.data("upsertListings")).isNull();
    }

    @Test
    void anonymousCallerIsRefused() {
        GraphQLClient.anonymous().execute(UPSERT, "agency", "FIT", "listings", List.of(validInput(AgencyCode.FIT, "x")))
                .failsWith("UNAUTHENTICATED");
    }

    @Test
    void moreThanAThousandRecordsAreRefusedBeforeAnyIsWritten() {
        List<Map<String, Object>> batch = new ArrayList<>();
        Map<String, Object> record = validInput(AgencyCode.FIT, "too many");
        for (int i = 0; i < 1001; i++) {
            batch.add(record);
        }

        fit.execute(UPSERT, "agency", "FIT", "listings", batch).failsWith("TOO_MANY_RECORDS");
    }

    private static List<String> statuses(GraphQLResponse response) {
        return response.data("upsertListings.status");
    }
}
