package be.catalog.gateway.catalog.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.caching.CachingConfig;
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
import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Metrics;
import be.catalog.gateway.support.Tokens;
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
    private static final String VERSION = "query($id: ID!) { listing(id: $id) { version } }";
    private static final String UPDATE = """
            mutation($id: ID!, $version: Int!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: $version, input: $input) { id }
            }""";
    private static final String WITHDRAW = "mutation($id: ID!) { withdrawListing(id: $id) { id } }";
    /** This class's listings, by their titles: what its scripts may change behind the gateway's back. */
    private static final String RUN = ListingFixtures.uniqueToken();
    private static final String OURS = "title_en LIKE '% " + RUN + "'";
    private static final String COUNTS_IN_MORE_THAN_ONE_ROW = """
            SELECT (SELECT count(*) FROM (SELECT 1 FROM published_listing_count
                                           GROUP BY origin_region, agency_code, category_code, price_band
                                          HAVING count(*) > 1) AS twice)
                 + (SELECT count(*) FROM (SELECT 1 FROM published_certification_count
                                           GROUP BY origin_region, agency_code, category_code, certification_code
                                          HAVING count(*) > 1) AS twice)""";
    /** Rows of the kept counts that a count of the listings does not give, and the other way round. */
    private static final String COUNTS_NOT_MATCHING_THE_LISTINGS = """
            WITH kept AS (SELECT origin_region, agency_code, category_code, price_band, sum(listings)
                            FROM published_listing_count GROUP BY 1, 2, 3, 4 HAVING sum(listings) <> 0),
                 counted AS (SELECT origin_region, agency_code, category_code, listing_price_band(price_eur), count(*)
                               FROM listing WHERE status = 'PUBLISHED' GROUP BY 1, 2, 3, 4),
                 kept_certified AS (SELECT origin_region, agency_code, category_code, certification_code,
                                           sum(listings)
                                      FROM published_certification_count GROUP BY 1, 2, 3, 4
                                    HAVING sum(listings) <> 0),
                 counted_certified AS (SELECT l.origin_region, l.agency_code, l.category_code, lc.certification_code,
                                              count(*)
                                         FROM listing l JOIN listing_certification lc ON lc.listing_id = l.id
                                        WHERE l.status = 'PUBLISHED' GROUP BY 1, 2, 3, 4)
            SELECT (SELECT count(*) FROM (TABLE kept EXCEPT TABLE counted) AS d)
                 + (SELECT count(*) FROM (TABLE counted EXCEPT TABLE kept) AS d)
                 + (SELECT count(*) FROM (TABLE kept_certified EXCEPT TABLE counted_certified) AS d)
                 + (SELECT count(*) FROM (TABLE counted_certified EXCEPT TABLE kept_certified) AS d)""";

    private boolean catalogPublished;

    @Inject
    ListingReadRepository reads;
    @Inject
    ListingAggregates aggregates;
    @Inject
    CategoryTree tree;
    @Inject
    PublishedCountsCompaction compaction;
    @Inject
    PublishedCountsCheck check;

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
        assertThat(aggregates.of(browse(new ListingFilter(), List.of())).count().await().atMost(WAIT))
                .isGreaterThan(6);
        for (ListingFilter filter : filters) {
            List<String> codes = filter.category == null ? List.of()
                    : tree.codesUnder(filter.category).await().atMost(WAIT);
            ListingSearch search = browse(filter, codes);

            assertThat(aggregates.of(search).count().await().atMost(WAIT))
                    .isEqualTo(reads.count(search).await().atMost(WAIT));
            assertThat(aggregates.of(search).facets().await().atMost(WAIT))
                    .isEqualTo(reads.facets(search).await().atMost(WAIT));
        }
    }

    @Test
    void theDatabaseKeepsTheCountsThroughTheGatewaysWritesAndAScripts() {
        String moved = ListingFixtures.createPublished(input(AgencyCode.FIT, "FLANDERS", "pralines", "9.99",
                List.of("organic")));
        update(moved, Map.of("category", "beer", "priceEur", "60.00", "originRegion", "BRUSSELS",
                "certifications", List.of("fairtrade", "vegan")));
        String withdrawn = ListingFixtures.createPublished(input(AgencyCode.HUB, "BRUSSELS", "skincare", "30.00",
                List.of("halal")));
        GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB)).execute(WITHDRAW, "id", withdrawn).ok();
        // What a script or a bulk load may do, all of it behind the gateway's back (to this class's listings only).
        Database.commit("UPDATE listing SET price_eur = price_eur * 3 WHERE category_code = 'waffles' AND " + OURS,
                "UPDATE listing SET status = 'PUBLISHED' WHERE status = 'DRAFT' AND category_code = 'waffles' AND "
                        + OURS,
                "DELETE FROM listing_certification WHERE certification_code = 'organic' AND listing_id IN "
                        + "(SELECT id FROM listing WHERE " + OURS + ")",
                "UPDATE listing_certification SET certification_code = 'organic' WHERE certification_code = 'vegan'"
                        + " AND listing_id IN (SELECT id FROM listing WHERE " + OURS + ")",
                """
                INSERT INTO listing (id, agency_code, supplier_id, external_id, title_en, category_code, hs_code,
                                     price_eur, unit, stock_quantity, net_weight_grams, origin_region, status,
                                     created_at, updated_at, version)
                SELECT -id, agency_code, supplier_id, 'script-' || id, title_en, category_code, hs_code, price_eur,
                       unit, stock_quantity, net_weight_grams, origin_region, status, created_at, updated_at, 0
                  FROM listing WHERE status = 'PUBLISHED' AND %s ORDER BY id LIMIT 3""".formatted(OURS),
                "INSERT INTO listing_certification SELECT id, 'halal' FROM listing WHERE id < 0 AND " + OURS,
                "DELETE FROM listing WHERE id IN (SELECT id FROM listing WHERE id < 0 AND " + OURS
                        + " ORDER BY id LIMIT 2)");
        Database.rollBack("UPDATE listing SET status = 'WITHDRAWN' WHERE " + OURS);

        assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isEqualTo("0");
        assertThat(Database.queryString("SELECT count(*) FROM published_certification_count")).isNotEqualTo("0");
    }

    @Test
    void aFoldLeavesOneRowPerCountAndTheSameSums() {
        publish(AgencyCode.HUB, "BRUSSELS", "pralines", "18.00", List.of("halal"));
        publish(AgencyCode.HUB, "BRUSSELS", "pralines", "19.00", List.of("halal"));

        assertThat(compaction.compact().await().atMost(WAIT)).isTrue();

        assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isEqualTo("0");
        assertThat(Database.queryString(COUNTS_IN_MORE_THAN_ONE_ROW)).isEqualTo("0");
    }

    @Test
    void aFoldInSmallBatchesEndsTheSame() {
        for (String price : List.of("21.00", "22.00", "23.00", "24.00")) {
            publish(AgencyCode.FIT, "FLANDERS", "chocolate-bars", price, List.of("fairtrade"));
        }
        assertThat(Database.queryString(COUNTS_IN_MORE_THAN_ONE_ROW)).isNotEqualTo("0");

        // Two rows a batch: counts are folded in part, then whole over the next batches.
        assertThat(compaction.compact(2, 1_000).await().atMost(WAIT)).isTrue();

        assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isEqualTo("0");
        assertThat(Database.queryString(COUNTS_IN_MORE_THAN_ONE_ROW)).isEqualTo("0");
        assertThat(Database.queryString("SELECT compact_published_counts(2)")).as("nothing left to fold").isEqualTo("0");
    }

    /**
     * A script certifies a listing while another transaction withdraws it: whichever commits first, the certification
     * is counted as the listing is once both have.
     */
    @Test
    void aCertificationWrittenWhileItsListingIsWithdrawnIsCountedAsTheListingEnds() throws Exception {
        Map<String, Object> listing = input(AgencyCode.FIT, "FLANDERS", "pralines", "6.00", List.of());
        ListingFixtures.createPublished(listing);
        String it = "external_id = '" + listing.get("externalId") + "'";
        try (Connection withdrawing = Database.connect()) {
            withdrawing.setAutoCommit(false);
            withdrawing.createStatement().execute("UPDATE listing SET status = 'WITHDRAWN' WHERE " + it);
            CompletableFuture<Void> certifying = CompletableFuture.runAsync(() -> Database.commit(
                    "INSERT INTO listing_certification SELECT id, 'halal' FROM listing WHERE " + it));
            await().atMost(WAIT).until(() -> certifying.isDone() || !"0".equals(Database.queryString(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                            + " AND query LIKE 'INSERT INTO listing_certification%'")));
            withdrawing.commit();
            certifying.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }

        assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isEqualTo("0");
    }

    @Test
    void rowsWrittenWithTheTriggersOffAreCountedByARecount() {
        ListingAggregates unshared = new ListingAggregates(reads, countsKeptFor(Duration.ZERO));
        ListingSearch dairy = browse(filter(f -> f.category = "dairy"), List.of("dairy"));
        Map<String, Object> listing = input(AgencyCode.AWEX, "WALLONIA", "dairy", "14.00", List.of("organic"));
        ListingFixtures.createPublished(listing);
        long counted = unshared.of(dairy).count().await().atMost(WAIT);
        try {
            Database.commit("SET LOCAL session_replication_role = replica",
                    "UPDATE listing SET status = 'WITHDRAWN' WHERE external_id = '" + listing.get("externalId") + "'");
            assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isNotEqualTo("0");
            assertThat(unshared.of(dairy).count().await().atMost(WAIT)).as("what the database kept")
                    .isEqualTo(counted);
            assertThat(check.check().await().atMost(WAIT)).as("its count and its certification's, each once")
                    .isEqualTo(2);
            assertThat(Metrics.value("catalog_published_counts_drift", "")).isEqualTo(2);
        } finally {
            Database.commit("SELECT recount_published_listings()");
        }

        assertThat(Database.queryString(COUNTS_NOT_MATCHING_THE_LISTINGS)).isEqualTo("0");
        assertThat(check.check().await().atMost(WAIT)).isZero();
        assertThat(Metrics.value("catalog_published_counts_drift", "")).isZero();
        assertThat(unshared.of(dairy).count().await().atMost(WAIT)).isEqualTo(counted - 1)
                .isEqualTo(reads.count(dairy).await().atMost(WAIT));
    }

    @Test
    void unsharedCountsShowAWriteAtOnce() {
        ListingAggregates unshared = new ListingAggregates(reads, countsKeptFor(Duration.ZERO));
        ListingSearch dairy = browse(filter(f -> f.category = "dairy"), List.of("dairy"));
        long before = unshared.of(dairy).count().await().atMost(WAIT);

        publish(AgencyCode.AWEX, "WALLONIA", "dairy", "3.00", List.of("organic"));

        assertThat(unshared.of(dairy).count().await().atMost(WAIT)).isEqualTo(before + 1)
                .isEqualTo(reads.count(dairy).await().atMost(WAIT));
        assertThat(unshared.of(dairy).facets().await().atMost(WAIT))
                .isEqualTo(reads.facets(dairy).await().atMost(WAIT));
    }

    @Test
    void aPagesTotalAndFacetsComeFromOneReadOfTheCountsEvenUnshared() {
        ListingAggregates unshared = new ListingAggregates(reads, countsKeptFor(Duration.ZERO));
        ListingSearch dairy = browse(filter(f -> f.category = "dairy"), List.of("dairy"));
        SearchAggregates page = unshared.of(dairy);
        long total = page.count().await().atMost(WAIT);

        publish(AgencyCode.AWEX, "WALLONIA", "dairy", "3.50", List.of());

        assertThat(page.facets().await().atMost(WAIT).categories())
                .as("the page's facets, read after a write that its total did not see")
                .contains(new FacetCount("dairy", (int) total));
        assertThat(unshared.of(dairy).count().await().atMost(WAIT)).as("the next page's").isEqualTo(total + 1);
    }

    /** The database's price bands are the ones facets name. */
    @Test
    void theDatabaseBandsPricesAsTheFacetsSay() {
        for (int band = 0; band < FacetCounts.PRICE_BANDS.length; band++) {
            BigDecimal bound = FacetCounts.PRICE_BANDS[band];
            assertThat(Database.queryString("SELECT listing_price_band(" + bound + ")")).isEqualTo("" + (band + 1));
            assertThat(Database.queryString("SELECT listing_price_band(" + bound.subtract(new BigDecimal("0.01")) + ")"))
                    .isEqualTo("" + band);
        }
        assertThat(Database.queryString("SELECT listing_price_band(9999999999.99)"))
                .isEqualTo("" + FacetCounts.PRICE_BANDS.length);
    }

    /** The counts' settings only; the answers' are not asked for. */
    private static CachingConfig countsKeptFor(Duration ttl) {
        return (CachingConfig) Proxy.newProxyInstance(CachingConfig.class.getClassLoader(),
                new Class<?>[] { CachingConfig.class }, (proxy, method, arguments) -> switch (method.getName()) {
                    case "countsTtl" -> ttl;
                    case "countsCapacity" -> 100;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static void update(String id, Map<String, Object> input) {
        GraphQLClient staff = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
        int version = staff.execute(VERSION, "id", id).ok().data("listing.version");
        staff.execute(UPDATE, "id", id, "version", version, "input", input).ok();
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
        Map<String, Object> input = ListingFixtures.validInput(agency, "Browse " + category + " " + RUN);
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
