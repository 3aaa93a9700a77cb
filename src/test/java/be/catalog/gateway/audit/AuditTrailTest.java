package be.catalog.gateway.audit;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** Every write of a listing leaves an entry that only the listing's agency can read. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class AuditTrailTest {

    private static final String TRAIL = """
            query Trail($agency: AgencyCode!, $listingId: ID, $first: Int, $after: String) {
              auditTrail(agency: $agency, listingId: $listingId, first: $first, after: $after) {
                edges { cursor node { id listingId agency actor action at changes { field oldValue newValue } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static final String UPDATE = """
            mutation Update($id: ID!, $version: Int!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: $version, input: $input) { id version }
            }""";

    private static final String WITHDRAW = """
            mutation Withdraw($id: ID!) { withdrawListing(id: $id) { id } }""";

    private static final String UPSERT = """
            mutation Upsert($agency: AgencyCode!, $listings: [ListingInput!]!) {
              upsertListings(agency: $agency, listings: $listings) { status listing { id } }
            }""";

    private static final String FIT_SUBJECT = "staff-of-agency:FIT";

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));

    @Test
    void everyWriteOfAListingIsRecordedNewestFirstWithWhoAndWhatChanged() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Audited pralines"));
        fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 7, "priceEur", "13.9")).ok();
        fit.execute(ListingFixtures.PUBLISH, "id", id).ok();
        fit.execute(WITHDRAW, "id", id).ok();

        GraphQLResponse trail = fit.execute(TRAIL, "agency", "FIT", "listingId", id).ok();

        assertThat(trail.<List<String>>data("auditTrail.edges.node.action"))
                .containsExactly("WITHDRAW", "PUBLISH", "UPDATE", "CREATE");
        assertThat(trail.<List<String>>data("auditTrail.edges.node.actor")).containsOnly(FIT_SUBJECT);
        assertThat(trail.<List<String>>data("auditTrail.edges.node.listingId")).containsOnly(id);
        assertThat(trail.<List<String>>data("auditTrail.edges.node.agency")).containsOnly("FIT");
        assertThat(changes(trail, 2)).containsExactlyInAnyOrder(
                Map.of("field", "stockQuantity", "oldValue", "100", "newValue", "7"),
                Map.of("field", "priceEur", "oldValue", "12.50", "newValue", "13.90"));
        assertThat(changes(trail, 1)).containsExactly(
                Map.of("field", "status", "oldValue", "DRAFT", "newValue", "PUBLISHED"));
        List<Map<String, String>> created = changes(trail, 3);
        assertThat(created).contains(Map.of("field", "title.en", "newValue", "Audited pralines"),
                Map.of("field", "supplier", "newValue", "0403170701"), Map.of("field", "hsCode", "newValue", "180690"));
    }

    @Test
    void upsertsAreRecordedAndAnUnchangedRecordAddsNothing() {
        Map<String, Object> record = validInput(AgencyCode.FIT, ListingFixtures.uniqueToken());
        String id = fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok()
                .data("upsertListings[0].listing.id");
        fit.execute(UPSERT, "agency", "FIT", "listings", List.of(record)).ok();
        Map<String, Object> changed = new HashMap<>(record);
        changed.put("certifications", List.of("organic"));
        fit.execute(UPSERT, "agency", "FIT", "listings", List.of(changed)).ok();

        GraphQLResponse trail = fit.execute(TRAIL, "agency", "FIT", "listingId", id).ok();

        assertThat(trail.<List<String>>data("auditTrail.edges.node.action"))
                .containsExactly("UPSERT_UPDATE", "UPSERT_CREATE");
        assertThat(changes(trail, 0)).containsExactly(
                Map.of("field", "certifications", "oldValue", "[]", "newValue", "[\"organic\"]"));
    }

    @Test
    void aRefusedWriteLeavesNoEntry() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Contested audit"));
        fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 5)).ok();
        fit.execute(UPDATE, "id", id, "version", 0, "input", Map.of("stockQuantity", 6)).failsWith("CONFLICT");
        fit.execute(UPDATE, "id", id, "version", 1, "input", Map.of("priceEur", "-3")).failsWith("INVALID_PRICE");

        GraphQLResponse trail = fit.execute(TRAIL, "agency", "FIT", "listingId", id).ok();

        assertThat(trail.<List<String>>data("auditTrail.edges.node.action")).containsExactly("UPDATE", "CREATE");
    }

    @Test
    void theTrailIsPagedByKeysetWithoutRepeatsOrGaps() {
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, "Paged audit"));
        for (int version = 0; version < 4; version++) {
            fit.execute(UPDATE, "id", id, "version", version, "input", Map.of("stockQuantity", version + 1)).ok();
        }
        List<String> all = fit.execute(TRAIL, "agency", "FIT", "listingId", id).ok().data("auditTrail.edges.node.id");

        GraphQLResponse first = fit.execute(TRAIL, "agency", "FIT", "listingId", id, "first", 3).ok();
        GraphQLResponse second = fit.execute(TRAIL, "agency", "FIT", "listingId", id, "first", 3,
                "after", first.data("auditTrail.pageInfo.endCursor")).ok();

        assertThat(all).hasSize(5);
        assertThat((Boolean) first.data("auditTrail.pageInfo.hasNextPage")).isTrue();
        assertThat((Boolean) second.data("auditTrail.pageInfo.hasNextPage")).isFalse();
        assertThat(first.<List<String>>data("auditTrail.edges.node.id")).containsExactlyElementsOf(all.subList(0, 3));
        assertThat(second.<List<String>>data("auditTrail.edges.node.id")).containsExactlyElementsOf(all.subList(3, 5));
    }

    @Test
    void anotherAgencyCannotReadTheTrail() {
        ListingFixtures.create(validInput(AgencyCode.FIT, "Private audit"));

        GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(TRAIL, "agency", "FIT")
                .failsWith("FORBIDDEN");
        GraphQLResponse hubOwn = GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(TRAIL, "agency", "HUB").ok();
        assertThat(hubOwn.<List<String>>data("auditTrail.edges.node.agency")).doesNotContain("FIT");
    }

    @Test
    void anonymousCallersCannotReadTheTrail() {
        GraphQLClient.anonymous().execute(TRAIL, "agency", "FIT").failsWith("UNAUTHENTICATED");
    }

    @Test
    void aForeignCursorIsRefused() {
        fit.execute(TRAIL, "agency", "FIT", "after", "bm9wZQ").failsWith("INVALID_CURSOR");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> changes(GraphQLResponse trail, int edge) {
        List<Map<String, String>> changes = trail.data("auditTrail.edges[" + edge + "].node.changes");
        // absent values come back as null entries; drop them so expectations read as the changed values only
        return changes.stream().map(change -> {
            Map<String, String> present = new HashMap<>();
            change.forEach((k, v) -> {
                if (v != null) {
                    present.put(k, v);
                }
            });
            return present;
        }).toList();
    }
}
