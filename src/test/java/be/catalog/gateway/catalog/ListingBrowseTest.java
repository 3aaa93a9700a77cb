package be.catalog.gateway.catalog;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Shoppers browse the catalog: pages follow each other without duplicates or gaps in every sort order, every filter
 * narrows the list, and texts come in the asked locale or in English.
 *
 * <p>The class creates its own listings, all titled with one unique word, and every query filters on that word.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListingBrowseTest {

    private static final String PAGE = """
            query Page($filter: ListingFilter, $sort: ListingSort, $first: Int, $after: String) {
              listings(filter: $filter, sort: $sort, first: $first, after: $after) {
                totalCount
                edges { cursor node { id price { amount } agency { code } originRegion category { code } status } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    private final String word = ListingFixtures.uniqueToken();
    private final GraphQLClient shopper = GraphQLClient.anonymous();
    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
    /** id to price of every listing a shopper may see. */
    private final Map<String, BigDecimal> published = new LinkedHashMap<>();
    private String draftOfFit;

    /** Once per class; in @BeforeEach because Quarkus points rest-assured at the test port only around tests. */
    @BeforeEach
    void createCatalogOnce() {
        if (!published.isEmpty()) {
            return;
        }
        publish(AgencyCode.FIT, "FLANDERS", "pralines", "12.50");
        publish(AgencyCode.FIT, "FLANDERS", "chocolate-bars", "3.90");
        publish(AgencyCode.FIT, "FLANDERS", "beer", "2.80");
        publish(AgencyCode.FIT, "FLANDERS", "beer", "2.80"); // same price: the id breaks the tie
        publish(AgencyCode.HUB, "BRUSSELS", "pralines", "32.00");
        publish(AgencyCode.HUB, "BRUSSELS", "skincare", "38.00");
        publish(AgencyCode.HUB, "FLANDERS", "chocolate-bars", "4.20");
        publish(AgencyCode.AWEX, "WALLONIA", "beer", "2.90");
        publish(AgencyCode.AWEX, "WALLONIA", "waffles", "6.40");
        publish(AgencyCode.AWEX, "WALLONIA", "waffles", "7.10");
        publish(AgencyCode.AWEX, "WALLONIA", "dairy", "29.00");
        draftOfFit = ListingFixtures.create(input(AgencyCode.FIT, "FLANDERS", "pralines", "15.00"));
        String withdrawn = ListingFixtures.createPublished(input(AgencyCode.HUB, "BRUSSELS", "pralines", "9.00"));
        GraphQLClient.withToken(Tokens.agency(AgencyCode.HUB))
                .execute("mutation($id: ID!) { withdrawListing(id: $id) { id } }", "id", withdrawn).ok();
    }

    @ParameterizedTest
    @EnumSource(ListingSort.class)
    void pagesVisitEveryPublishedListingOnceInSortOrder(ListingSort sort) {
        List<Map<String, Object>> visited = new ArrayList<>();
        String after = null;
        boolean hasNextPage = true;
        int pages = 0;
        while (hasNextPage) {
            GraphQLResponse page = shopper.execute(PAGE, variables(filter(), sort, 3, after)).ok();
            visited.addAll(page.data("listings.edges.node"));
            hasNextPage = page.data("listings.pageInfo.hasNextPage");
            assertThat((Boolean) page.data("listings.pageInfo.hasPreviousPage")).isEqualTo(after != null);
            after = page.data("listings.pageInfo.endCursor");
            pages++;
        }

        List<String> ids = visited.stream().map(node -> (String) node.get("id")).toList();
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(published.keySet());
        assertThat(pages).isEqualTo(4);
        List<BigDecimal> prices = visited.stream().map(node -> published.get((String) node.get("id"))).toList();
        if (sort == ListingSort.PRICE_ASC) {
            assertThat(prices).isSortedAccordingTo(BigDecimal::compareTo);
        } else if (sort == ListingSort.PRICE_DESC) {
            assertThat(prices).isSortedAccordingTo((a, b) -> b.compareTo(a));
        } else {
            assertThat(ids).containsExactlyElementsOf(reversed(new ArrayList<>(published.keySet())));
        }
    }

    @Test
    void totalCountCountsAllPagesAndEdgeCursorsContinueTheList() {
        GraphQLResponse first = shopper.execute(PAGE, variables(filter(), ListingSort.PRICE_ASC, 4, null)).ok();
        assertThat((Integer) first.data("listings.totalCount")).isEqualTo(published.size());

        String secondEdgeCursor = first.data("listings.edges[1].cursor");
        GraphQLResponse rest = shopper.execute(PAGE, variables(filter(), ListingSort.PRICE_ASC, 2, secondEdgeCursor)).ok();
        assertThat((String) rest.data("listings.edges[0].node.id")).isEqualTo(first.data("listings.edges[2].node.id"));
        assertThat((String) rest.data("listings.pageInfo.startCursor")).isEqualTo(first.data("listings.edges[2].cursor"));
    }

    @Test
    void filterByRegion() {
        assertThat(ids(Map.of("regions", List.of("WALLONIA")))).hasSize(4);
        assertThat(ids(Map.of("regions", List.of("BRUSSELS", "WALLONIA")))).hasSize(6);
    }

    @Test
    void filterByAgency() {
        assertThat(ids(Map.of("agencies", List.of("HUB")))).hasSize(3);
        assertThat(ids(Map.of("agencies", List.of("FIT", "AWEX")))).hasSize(8);
    }

    @Test
    void filterByCategoryIncludesItsDescendants() {
        assertThat(ids(Map.of("category", "pralines"))).hasSize(2);
        assertThat(ids(Map.of("category", "chocolate"))).hasSize(4);
        assertThat(ids(Map.of("category", "food"))).hasSize(7);
        assertThat(ids(Map.of("category", "no-such-category"))).isEmpty();
    }

    @Test
    void filterByPriceRangeIncludesBothEnds() {
        assertThat(ids(Map.of("minPrice", "2.90", "maxPrice", "6.40"))).hasSize(4);
        assertThat(ids(Map.of("minPrice", "30"))).hasSize(2);
        assertThat(ids(Map.of("maxPrice", "2.80"))).hasSize(2);
    }

    @Test
    void aPriceBoundFinerThanACentOrTooLongToWriteOutFiltersTheSame() {
        assertThat(ids(Map.of("minPrice", "2.895", "maxPrice", "6.4049")))
                .isEqualTo(ids(Map.of("minPrice", "2.90", "maxPrice", "6.40")));
        assertThat(ids(Map.of("minPrice", "29.999", "maxPrice", "1000000000000000000000"))).hasSize(2);
    }

    @Test
    void filterByStatusShowsOnlyWhatTheCallerMaySee() {
        assertThat(ids(Map.of("status", "DRAFT"))).isEmpty();
        assertThat(ids(Map.of("status", "PUBLISHED"))).hasSize(published.size());

        Map<String, Object> drafts = filter();
        drafts.put("status", "DRAFT");
        GraphQLResponse ownDrafts = fit.execute(PAGE, variables(drafts, null, 20, null)).ok();
        assertThat((List<String>) ownDrafts.data("listings.edges.node.id")).containsExactly(draftOfFit);
    }

    @Test
    void anAgencySeesItsOwnDraftsBesidesEverythingPublished() {
        GraphQLResponse page = fit.execute(PAGE, variables(filter(), null, 50, null)).ok();

        assertThat((Integer) page.data("listings.totalCount")).isEqualTo(published.size() + 1);
    }

    @Test
    void filterByTitleTextIsCaseInsensitiveAndTakesLikeCharactersLiterally() {
        assertThat(ids(Map.of())).hasSize(published.size());
        Map<String, Object> upper = new HashMap<>();
        upper.put("titleContains", word.toUpperCase() + " BELGIAN");
        assertThat(shopper.execute(PAGE, variables(upper, null, 50, null)).ok()
                .<List<String>>data("listings.edges.node.id")).hasSize(published.size());
        assertThat(shopper.execute(PAGE, variables(Map.of("titleContains", word + "%"), null, 50, null)).ok()
                .<List<String>>data("listings.edges.node.id")).isEmpty();
        assertThat(shopper.execute(PAGE, variables(Map.of("titleContains", word.substring(0, 3) + "_"), null, 50, null))
                .ok().<List<String>>data("listings.edges.node.id")).isEmpty();
    }

    @Test
    void filtersCombine() {
        assertThat(ids(Map.of("agencies", List.of("FIT"), "category", "beer", "maxPrice", "2.80"))).hasSize(2);
    }

    @Test
    void titleComesInTheAskedLocaleOrInEnglish() {
        String id = published.keySet().iterator().next();
        GraphQLResponse response = shopper.execute("""
                query($id: ID!) { listing(id: $id) {
                  zh: title(locale: ZH_CN) { text locale }
                  fr: title(locale: FR) { text locale }
                  de: title(locale: DE) { text locale }
                  default: title { text locale }
                  description(locale: NL) { text locale }
                } }""", "id", id).ok();

        assertThat((String) response.data("listing.zh.text")).endsWith("巧克力");
        assertThat((String) response.data("listing.zh.locale")).isEqualTo("ZH_CN");
        assertThat((String) response.data("listing.fr.locale")).isEqualTo("FR");
        assertThat((String) response.data("listing.de.text")).isEqualTo(response.data("listing.default.text"));
        assertThat((String) response.data("listing.de.locale")).isEqualTo("EN");
        assertThat((String) response.data("listing.description.text")).isEqualTo("Hand-made in Ghent");
        assertThat((String) response.data("listing.description.locale")).isEqualTo("EN");
    }

    @Test
    void badCursorsAndPageSizesAreRefused() {
        shopper.execute(PAGE, variables(filter(), null, 5, "garbage")).failsWith("INVALID_CURSOR");
        String priceCursor = shopper.execute(PAGE, variables(filter(), ListingSort.PRICE_ASC, 1, null)).ok()
                .data("listings.pageInfo.endCursor");
        shopper.execute(PAGE, variables(filter(), ListingSort.NEWEST, 5, priceCursor)).failsWith("INVALID_CURSOR");
        shopper.execute(PAGE, variables(filter(), null, 0, null)).failsWith("INVALID_PAGE_SIZE");
        shopper.execute(PAGE, variables(filter(), null, 101, null)).failsWith("INVALID_PAGE_SIZE");
    }

    @Test
    void minimumAboveMaximumPriceIsRefused() {
        Map<String, Object> filter = filter();
        filter.put("minPrice", "10");
        filter.put("maxPrice", "5");

        shopper.execute(PAGE, variables(filter, null, 5, null)).failsWith("INVALID_PRICE_RANGE");
    }

    @Test
    void severalDatabaseBackedRootFieldsAndNestedFieldsInOneDocument() {
        GraphQLResponse response = shopper.execute("""
                query($word: String!) {
                  agencies { code name }
                  categories { code name(locale: ZH_CN) { text } }
                  cheap: listings(filter: { titleContains: $word, maxPrice: 5 }, sort: PRICE_ASC) {
                    totalCount edges { node { title(locale: ZH_CN) { text } supplier { name } agency { name } } }
                  }
                  dear: listings(filter: { titleContains: $word, minPrice: 5 }, sort: PRICE_DESC) {
                    totalCount edges { node { category { name(locale: FR) { text } } } }
                  }
                }""", "word", word).ok();

        assertThat((List<?>) response.data("agencies")).hasSize(3);
        assertThat((Integer) response.data("cheap.totalCount") + (Integer) response.data("dear.totalCount"))
                .isEqualTo(published.size());
        assertThat((List<String>) response.data("cheap.edges.node.supplier.name")).containsOnly("Chocolaterie Test");
        assertThat((List<String>) response.data("dear.edges.node.category.name.text")).contains("Pralines", "Gaufres");
    }

    private void publish(AgencyCode agency, String region, String category, String price) {
        String id = ListingFixtures.createPublished(input(agency, region, category, price));
        published.put(id, new BigDecimal(price));
    }

    private Map<String, Object> input(AgencyCode agency, String region, String category, String price) {
        Map<String, Object> input = validInput(agency, word + " Belgian " + category);
        input.put("originRegion", region);
        input.put("category", category);
        input.put("priceEur", price);
        return input;
    }

    private List<String> ids(Map<String, Object> conditions) {
        Map<String, Object> filter = filter();
        filter.putAll(conditions);
        return shopper.execute(PAGE, variables(filter, null, 50, null)).ok().data("listings.edges.node.id");
    }

    private Map<String, Object> filter() {
        Map<String, Object> filter = new HashMap<>();
        filter.put("titleContains", word);
        return filter;
    }

    private static Map<String, Object> variables(Map<String, Object> filter, ListingSort sort, Integer first,
            String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("sort", sort == null ? null : sort.name());
        variables.put("first", first);
        variables.put("after", after);
        return variables;
    }

    private static List<String> reversed(List<String> list) {
        java.util.Collections.reverse(list);
        return list;
    }
}
