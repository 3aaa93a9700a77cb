package be.catalog.gateway.pricing;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.ListingFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A listing can be bought through cross-border e-commerce when its HS code is on China's positive list
 * (pricing/cbec-positive-list.csv) and it is in stock.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class CrossBorderEligibilityTest {

    private static final String ELIGIBLE = "query($id: ID!) { listing(id: $id) { crossBorderEligible } }";

    @Test
    void pralinesInStockAreEligible() {
        assertThat(eligible("pralines", "1806.90", 100)).isTrue();
    }

    @Test
    void aListingOutOfStockIsNotEligible() {
        assertThat(eligible("pralines", "1806.90", 0)).isFalse();
    }

    @Test
    void goodsOffThePositiveListAreNotEligible() {
        // fresh beef: never on the list
        assertThat(eligible("food", "0201.30", 100)).isFalse();
        // chocolate in blocks of more than 2 kg: an industrial, not a retail, good; only 1806.31, .32 and .90 are listed
        assertThat(eligible("chocolate", "1806.20", 100)).isFalse();
    }

    @Test
    void aLongerEuropeanCodeMatchesOnItsFirstSixDigits() {
        // EU Combined Nomenclature 1905 32 05 (waffles, water content over 10%): heading 1905 is on the list
        assertThat(eligible("waffles", "19053205", 20)).isTrue();
    }

    private static boolean eligible(String category, String hsCode, int stock) {
        Map<String, Object> input = validInput(AgencyCode.AWEX, "Eligible " + ListingFixtures.uniqueToken());
        input.put("category", category);
        input.put("hsCode", hsCode);
        input.put("stockQuantity", stock);
        String id = ListingFixtures.createPublished(input);
        return GraphQLClient.anonymous().execute(ELIGIBLE, "id", id).ok().data("listing.crossBorderEligible");
    }
}
