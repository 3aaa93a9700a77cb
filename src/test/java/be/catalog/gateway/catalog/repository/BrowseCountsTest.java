package be.catalog.gateway.catalog.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingFacets.FacetCount;
import be.catalog.gateway.catalog.ListingFacets.PriceRangeCount;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.repository.BrowseCounts.Cell;
import be.catalog.gateway.catalog.repository.BrowseCounts.CertifiedCell;
import be.catalog.gateway.category.CategoryTree;
import be.catalog.gateway.security.Viewer;
import be.catalog.gateway.support.ListingFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A public browse (regions, agencies, a category) is counted from counts of the whole published catalog, summed in
 * memory, and they sum to exactly what the count and facets statements answer; every other search is counted by its
 * statements.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowseCountsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private boolean catalogPublished;

    @Inject
    ListingReadRepository reads;
    @Inject
    ListingAggregates aggregates;
    @Inject
    CategoryTree tree;

    /** Once per class; in @BeforeEach because Quarkus points rest-assured at the test port only around tests. */
    @BeforeEach
    void publishACatalogOnce() {
        if (catalogPublished) {
            return;
        }
        publish(AgencyCode.FIT, "FLANDERS", "pralines", "4.50", List.of("organic"));
        publish(AgencyCode.FIT, "FLANDERS", "chocolate-bars", "12.00", List.of("organic", "fairtrade"));
        publish(AgencyCode.FIT, "WALLONIA", "beer", "2.80", List.of()); // not its agency's region
        publish(AgencyCode.HUB, "BRUSSELS", "pralines", "32.00", List.of("halal"));
        publish(AgencyCode.HUB, "BRUSSELS", "skincare", "120.00", List.of());
        publish(AgencyCode.AWEX, "WALLONIA", "waffles", "7.10", List.of("vegan"));
        publish(AgencyCode.AWEX, "WALLONIA", "dairy", "55.00", List.of());
        ListingFixtures.create(input(AgencyCode.AWEX, "WALLONIA", "waffles", "8.00", List.of("vegan"))); // a draft
        catalogPublished = true;
    }

    @Test
    void aFacetLeavesItsOwnFilterOutAndACategoryCountsItsDescendants() {
        BrowseCounts counts = new BrowseCounts(
                List.of(new Cell("FLANDERS", "FIT", "pralines", 2, 2), new Cell("FLANDERS", "FIT", "beer", 0, 3),
                        new Cell("BRUSSELS", "HUB", "pralines", 3, 1), new Cell("WALLONIA", "AWEX", "chocolate", 1, 4)),
                List.of(new CertifiedCell("FLANDERS", "FIT", "pralines", "organic", 1),
                        new CertifiedCell("WALLONIA", "AWEX", "chocolate", "fairtrade", 4)),
                parents("food", null, "chocolate", "food", "pralines", "chocolate", "beer", null));
        ListingFilter filter = new ListingFilter();
        filter.regions = List.of(Region.FLANDERS);
        filter.category = "chocolate";

        BrowseCounts.Totals totals = counts.of(browse(filter, List.of("chocolate", "pralines")), "flanders-chocolate");

        assertThat(totals.count()).isEqualTo(2);
        ListingFacets facets = totals.facets();
        assertThat(facets.regions()).containsExactly(new FacetCount("WALLONIA", 4), new FacetCount("FLANDERS", 2),
                new FacetCount("BRUSSELS", 1));
        assertThat(facets.agencies()).containsExactly(new FacetCount("FIT", 2));
        assertThat(facets.categories()).containsExactly(new FacetCount("beer", 3), new FacetCount("chocolate", 2),
                new FacetCount("food", 2), new FacetCount("pralines", 2));
        assertThat(facets.priceRanges()).containsExactly(new PriceRangeCount(new BigDecimal("10"),
                new BigDecimal("25"), 2));
        assertThat(facets.certifications()).containsExactly(new FacetCount("organic", 1));
        assertThat(counts.of(browse(filter, List.of("chocolate", "pralines")), "flanders-chocolate"))
                .isSameAs(totals);
    }

    @Test
    void onlyAPublicBrowseIsCountedSo() {
        assertThat(covers(browse(new ListingFilter(), List.of()))).isTrue();
        ListingFilter published = new ListingFilter();
        published.status = ListingStatus.PUBLISHED;
        assertThat(covers(browse(published, List.of()))).isTrue();

        assertThat(covers(new ListingSearch("praline", null, null, Viewer.ANONYMOUS, null))).isFalse();
        Viewer staff = new Viewer("staff", Set.of(AgencyCode.FIT), false);
        assertThat(covers(ListingSearch.everything(staff))).isFalse();
        for (ListingFilter filter : List.of(filter(f -> f.titleContains = "gaufre"),
                filter(f -> f.minPrice = BigDecimal.ONE), filter(f -> f.maxPrice = BigDecimal.TEN),
                filter(f -> f.certifications = List.of("organic")), filter(f -> f.status = ListingStatus.DRAFT))) {
            assertThat(covers(browse(filter, List.of()))).isFalse();
        }
    }

    @Test
    void theSharedCountsSumToWhatTheStatementsCount() {
        List<ListingFilter> filters = new ArrayList<>(List.of(new ListingFilter(),
                filter(f -> f.regions = List.of(Region.FLANDERS)),
                filter(f -> f.agencies = List.of(AgencyCode.HUB, AgencyCode.AWEX)),
                filter(f -> f.category = "food"),
                filter(f -> f.category = "no-such-category"),
                filter(f -> f.status = ListingStatus.PUBLISHED)));
        filters.add(filter(f -> {
            f.regions = List.of(Region.BRUSSELS);
            f.category = "skincare";
        }));
        filters.add(filter(f -> {
            f.regions = List.of(Region.WALLONIA, Region.FLANDERS);
            f.agencies = List.of(AgencyCode.FIT);
            f.category = "beer";
        }));
        aggregates.invalidate();
        assertThat(aggregates.count(browse(new ListingFilter(), List.of())).await().atMost(WAIT)).isGreaterThan(6);
        for (ListingFilter filter : filters) {
            List<String> codes = filter.category == null ? List.of()
                    : tree.codesUnder(filter.category).await().atMost(WAIT);
            ListingSearch search = browse(filter, codes);

            assertThat(aggregates.count(search).await().atMost(WAIT))
                    .isEqualTo(reads.count(search).await().atMost(WAIT));
            assertThat(aggregates.facets(search).await().atMost(WAIT))
                    .isEqualTo(reads.facets(search).await().atMost(WAIT));
        }
    }

    private static boolean covers(ListingSearch search) {
        return BrowseCounts.covers(new ListingCriteria(search));
    }

    private static ListingSearch browse(ListingFilter filter, List<String> categories) {
        return new ListingSearch(null, filter, null, Viewer.ANONYMOUS, categories);
    }

    private static ListingFilter filter(Consumer<ListingFilter> setting) {
        ListingFilter filter = new ListingFilter();
        setting.accept(filter);
        return filter;
    }

    private static void publish(AgencyCode agency, String region, String category, String price,
            List<String> certifications) {
        ListingFixtures.createPublished(input(agency, region, category, price, certifications));
    }

    private static Map<String, Object> input(AgencyCode agency, String region, String category, String price,
            List<String> certifications) {
        Map<String, Object> input = ListingFixtures.validInput(agency, "Browse " + category);
        input.put("originRegion", region);
        input.put("category", category);
        input.put("priceEur", price);
        input.put("certifications", certifications);
        return input;
    }

    /** Pairs of a category code and its parent's. */
    private static Map<String, String> parents(String... pairs) {
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            parents.put(pairs[i], pairs[i + 1]);
        }
        return parents;
    }
}
