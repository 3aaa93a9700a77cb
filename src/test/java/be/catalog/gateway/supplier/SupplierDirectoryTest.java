package be.catalog.gateway.supplier;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Shoppers browse the Belgian companies behind the products. A company is one supplier however many agencies list
 * it, because suppliers are identified by their enterprise number; only companies with something on sale are shown.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupplierDirectoryTest {

    private static final String SUPPLIERS = """
            query($filter: SupplierFilter, $first: Int, $after: String) {
              suppliers(filter: $filter, first: $first, after: $after) {
                edges { cursor node { id name enterpriseNumber city region listingCount
                                      listings { externalId agency { code } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private final String word = ListingFixtures.uniqueToken();
    private final GraphQLClient shopper = GraphQLClient.anonymous();
    private String sharedSupplierId;

    @BeforeEach
    void createSuppliersOnce() {
        if (sharedSupplierId != null) {
            return;
        }
        // One Ghent chocolate maker listed by Flanders and by Brussels, with the number written two ways.
        String id = publish(AgencyCode.FIT, "0412.345.614", word + " Chocolatier A", "Gent", "FLANDERS", "a-1");
        publish(AgencyCode.HUB, "BE0412345614", word + " Chocolatier A", "Gent", "FLANDERS", "a-2");
        publish(AgencyCode.AWEX, "0634567862", word + " Brasserie B", "Namur", "WALLONIA", "b-1");
        publish(AgencyCode.HUB, "0523456738", word + " Atelier C", "Bruxelles", "BRUSSELS", "c-1");
        // A supplier whose only listing is a draft is not shown.
        ListingFixtures.create(input(AgencyCode.FIT, "0499999960", word + " Hidden D", "Brugge", "FLANDERS", "d-1"));
        sharedSupplierId = shopper.execute("query($id: ID!) { listing(id: $id) { supplier { id } } }", "id", id)
                .ok().data("listing.supplier.id");
    }

    @Test
    void aSupplierListedByTwoAgenciesAppearsOnceWithBothListings() {
        GraphQLResponse response = shopper.execute(SUPPLIERS, "filter", Map.of("nameContains", word), "first", 10).ok();

        assertThat((List<String>) response.data("suppliers.edges.node.name"))
                .containsExactly(word + " Atelier C", word + " Brasserie B", word + " Chocolatier A");
        Map<String, Object> chocolatier = response.<List<Map<String, Object>>>data("suppliers.edges.node").get(2);
        assertThat(chocolatier).containsEntry("enterpriseNumber", "0412345614").containsEntry("listingCount", 2);
        List<Object> agencies = ((List<Map<String, Map<String, Object>>>) chocolatier.get("listings")).stream()
                .map(listing -> listing.get("agency").get("code")).toList();
        assertThat(agencies).containsExactlyInAnyOrder("FIT", "HUB");
    }

    @Test
    void suppliersPageByNameWithoutDuplicatesOrGaps() {
        List<String> names = new ArrayList<>();
        String after = null;
        do {
            GraphQLResponse page = shopper.execute(SUPPLIERS, "filter", Map.of("nameContains", word), "first", 1,
                    "after", after).ok();
            names.addAll(page.data("suppliers.edges.node.name"));
            after = page.<Boolean>data("suppliers.pageInfo.hasNextPage") ? page.data("suppliers.pageInfo.endCursor") : null;
        } while (after != null);

        assertThat(names).containsExactly(word + " Atelier C", word + " Brasserie B", word + " Chocolatier A");
    }

    @Test
    void suppliersFilterByRegionAndAgency() {
        assertThat((List<String>) shopper.execute(SUPPLIERS, "filter",
                Map.of("nameContains", word, "regions", List.of("WALLONIA"))).ok().data("suppliers.edges.node.name"))
                .containsExactly(word + " Brasserie B");
        assertThat((List<String>) shopper.execute(SUPPLIERS, "filter",
                Map.of("nameContains", word, "agencies", List.of("HUB"))).ok().data("suppliers.edges.node.name"))
                .containsExactly(word + " Atelier C", word + " Chocolatier A");
    }

    @Test
    void aSupplierById() {
        GraphQLResponse response = shopper.execute("query($id: ID!) { supplier(id: $id) { name city region } }",
                "id", sharedSupplierId).ok();

        assertThat((String) response.data("supplier.city")).isEqualTo("Gent");
    }

    @Test
    void nodeFetchesListingsSuppliersAndAgenciesByGlobalId() {
        String listingId = shopper.execute("""
                query($id: ID!) { supplier(id: $id) { listings { id } } }""", "id", sharedSupplierId)
                .ok().data("supplier.listings[0].id");
        String agencyId = shopper.execute("{ agencies { id code } }").ok().data("agencies[0].id");

        GraphQLResponse response = shopper.execute("""
                query($ids: [String!]!) {
                  nodes(ids: $ids) {
                    __typename id
                    ... on Listing { externalId }
                    ... on Supplier { enterpriseNumber }
                    ... on Agency { code }
                  }
                }""", "ids", List.of(agencyId, listingId, sharedSupplierId,
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("Listing:999999999".getBytes()))).ok();

        assertThat((List<Object>) response.data("nodes")).hasSize(4).last().isNull();
        assertThat((List<String>) response.data("nodes.__typename")).containsExactly("Agency", "Listing", "Supplier");
        assertThat((List<String>) response.data("nodes.id")).containsExactly(agencyId, listingId, sharedSupplierId);
        assertThat((String) response.data("nodes[2].enterpriseNumber")).isEqualTo("0412345614");
        assertThat((String) shopper.execute("query($id: ID!) { node(id: $id) { id } }", "id", sharedSupplierId).ok()
                .data("node.id")).isEqualTo(sharedSupplierId);
    }

    @Test
    void nodeRefusesIdsOfNoKnownType() {
        shopper.execute("{ node(id: \"bm9wZTox\") { id } }").failsWith("INVALID_ID");
    }

    private String publish(AgencyCode agency, String number, String name, String city, String region, String externalId) {
        return ListingFixtures.createPublished(input(agency, number, name, city, region, externalId));
    }

    private Map<String, Object> input(AgencyCode agency, String number, String name, String city, String region,
            String externalId) {
        Map<String, Object> input = validInput(agency, word + " product of " + name);
        input.put("externalId", word + "-" + externalId);
        input.put("supplier", ListingFixtures.supplier(number, name, city, region));
        return input;
    }
}
