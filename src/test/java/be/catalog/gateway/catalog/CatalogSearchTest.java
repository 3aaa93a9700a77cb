package be.catalog.gateway.catalog;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Shoppers search in their own language: Chinese words, French with or without accents, Dutch, German, English;
 * results come best match first, facets count what the other filters leave, and texts come in the shopper's locale.
 *
 * <p>Every listing of this class carries one unique word in its titles, and every search includes it.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogSearchTest {

    private static final String SEARCH = """
            query Search($query: String, $filter: ListingFilter, $sort: ListingSort, $first: Int, $after: String) {
              listings(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
                totalCount
                edges { node { id externalId } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    private static final String FACETS = """
            query Facets($query: String, $filter: ListingFilter) {
              listings(query: $query, filter: $filter, first: 1) {
                totalCount
                facets {
                  regions { value count } agencies { value count } categories { value count }
                  certifications { value count } priceRanges { from to count }
                }
              }
            }""";

    private final String word = ListingFixtures.uniqueToken();
    private final GraphQLClient shopper = GraphQLClient.anonymous();
    private final Map<String, String> ids = new HashMap<>();

    @BeforeEach
    void createCatalogOnce() {
        if (!ids.isEmpty()) {
            return;
        }
        publish("pralines", AgencyCode.FIT, "FLANDERS", "pralines", "24.50", List.of("organic", "fairtrade"),
                Map.of("en", "Belgian dark chocolate pralines", "fr", "Pralines au chocolat noir",
                        "nl", "Pure chocolade pralines", "zhCn", "比利时黑巧克力"), null);
        publish("abbey-beer", AgencyCode.HUB, "BRUSSELS", "beer", "2.80", List.of(),
                Map.of("en", "Abbey beer", "fr", "Bière d'abbaye", "de", "Abteibier", "zhCn", "修道院啤酒",
                        "zhTw", "修道院啤酒（繁體）"), null);
        publish("waffles", AgencyCode.AWEX, "WALLONIA", "waffles", "6.40", List.of("vegan"),
                Map.of("en", "Liège waffles", "fr", "Gaufres de Liège", "zhCn", "列日华夫饼"),
                "Best with hot chocolate sauce");
        publish("chocolate-beer", AgencyCode.FIT, "FLANDERS", "beer", "3.50", List.of("organic"),
                Map.of("en", "Chocolate stout", "nl", "Chocoladebier", "zhCn", "巧克力啤酒"), null);
        publish("creme", AgencyCode.HUB, "BRUSSELS", "pralines", "55.00", List.of("organic", "halal"),
                Map.of("en", "Fresh cream pralines", "fr", "Pralines à la crème fraîche", "de", "Sahnepralinen",
                        "zhCn", "鲜奶油夹心巧克力"), null);
        publish("face-cream", AgencyCode.AWEX, "WALLONIA", "skincare", "120.00", List.of(),
                Map.of("en", "Hydrating face cream", "fr", "Crème hydratante", "zhCn", "保湿面霜"), null);
    }

    @Test
    void twoCharacterChineseWordsFindTheirListings() {
        assertThat(found("啤酒")).containsExactlyInAnyOrder("abbey-beer", "chocolate-beer");
        assertThat(found("巧克力")).containsExactlyInAnyOrder("pralines", "chocolate-beer", "creme");
        assertThat(found("华夫饼")).containsExactly("waffles");
        assertThat(found("面霜")).containsExactly("face-cream");
    }

    @Test
    void aChineseQueryOfSeveralWordsFindsListingsWithOtherCharactersBetweenThem() {
        // 鲜奶油巧克力 (fresh cream chocolate) against 鲜奶油夹心巧克力: no bigram 油巧 in the title
        assertThat(found("鲜奶油巧克力")).containsExactly("creme");
        // the listing with the exact bigrams of 巧克力啤酒 ranks before those with only some of them
        assertThat(found("啤酒")).hasSize(2);
        assertThat(found("巧克力啤酒")).containsExactly("chocolate-beer");
    }

    @Test
    void traditionalChineseTextsAreSearchedToo() {
        assertThat(found("繁體")).containsExactly("abbey-beer");
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertThat(found("creme fraiche")).containsExactly("creme");
        assertThat(found("CRÈME FRAÎCHE")).containsExactly("creme");
        assertThat(found("biere")).containsExactly("abbey-beer");
        assertThat(found("LIEGE")).containsExactly("waffles");
    }

    @Test
    void wordsOfEveryLanguageMatchAsPrefixes() {
        assertThat(found("chocola")).containsExactlyInAnyOrder("pralines", "chocolate-beer", "waffles");
        assertThat(found("chocoladebier")).containsExactly("chocolate-beer");
        assertThat(found("abteibier")).containsExactly("abbey-beer");
        assertThat(found("gaufres")).containsExactly("waffles");
    }

    @Test
    void everyWordMustMatch() {
        assertThat(found("chocolate beer")).isEmpty();
        assertThat(found("chocolate stout")).containsExactly("chocolate-beer");
    }

    @Test
    void aMatchInTheTitleRanksAboveAMatchInTheDescription() {
        List<String> ranked = found("chocolate");

        assertThat(ranked).hasSize(3);
        assertThat(ranked.get(2)).isEqualTo("waffles");
    }

    @Test
    void relevancePagesContinueWithoutDuplicatesOrGaps() {
        List<String> visited = new ArrayList<>();
        String after = null;
        do {
            GraphQLResponse page = shopper.execute(SEARCH, variables(word + " chocola", null, null, 1, after)).ok();
            visited.addAll(externalIds(page));
            after = page.<Boolean>data("listings.pageInfo.hasNextPage") ? page.data("listings.pageInfo.endCursor") : null;
        } while (after != null);

        assertThat(visited).containsExactlyElementsOf(found("chocola"));
    }

    @Test
    void withAQueryAnExplicitSortWins() {
        GraphQLResponse cheapestFirst = shopper.execute(SEARCH, variables(word + " 巧克力", null, "PRICE_ASC", 10, null)).ok();

        assertThat(externalIds(cheapestFirst)).containsExactly("chocolate-beer", "pralines", "creme");
    }

    @Test
    void everySortOrdersTheSearchResults() {
        assertThat(externalIds(shopper.execute(SEARCH, variables(word, null, "PRICE_DESC", 10, null)).ok()))
                .containsExactly("face-cream", "creme", "pralines", "waffles", "chocolate-beer", "abbey-beer");
        assertThat(externalIds(shopper.execute(SEARCH, variables(word, null, "NEWEST", 10, null)).ok()))
                .containsExactly("face-cream", "creme", "chocolate-beer", "waffles", "abbey-beer", "pralines");
        // RELEVANCE: the word stands in every title of a listing, so listings with titles in more locales rank higher
        assertThat(externalIds(shopper.execute(SEARCH, variables(word, null, "RELEVANCE", 10, null)).ok()))
                .hasSize(6).doesNotHaveDuplicates().startsWith("abbey-beer");
    }

    @Test
    void aQueryWithoutWordsDoesNotFilter() {
        Map<String, Object> filter = Map.of("titleContains", word);

        assertThat((Integer) shopper.execute(SEARCH, variables("  !? ", filter, null, 10, null)).ok()
                .data("listings.totalCount")).isEqualTo(6);
    }

    @Test
    void filterByCertificationsRequiresAllOfThem() {
        assertThat(externalIds(searchWith(Map.of("certifications", List.of("organic")))))
                .containsExactlyInAnyOrder("pralines", "chocolate-beer", "creme");
        assertThat(externalIds(searchWith(Map.of("certifications", List.of("organic", "halal")))))
                .containsExactly("creme");
    }

    @Test
    void listingsCarryTheirCertificationsWithLocalizedNames() {
        GraphQLResponse response = shopper.execute("""
                query($id: ID!) { listing(id: $id) { certifications { code name(locale: ZH_CN) { text } } } }""",
                "id", ids.get("creme")).ok();

        assertThat((List<String>) response.data("listing.certifications.code")).containsExactly("organic", "halal");
        assertThat((List<String>) response.data("listing.certifications.name.text")).containsExactly("有机", "清真");
    }

    /** The statement the read pool ran last, as PostgreSQL shows it (its first 1,024 bytes). */
    private static String lastListingStatement() {
        return Database.queryString("SELECT query FROM pg_stat_activity WHERE datname = current_database()"
                + " AND query LIKE '%l.agency_code, l.category_code%' AND query NOT LIKE '%pg_stat_activity%'"
                + " ORDER BY state_change DESC LIMIT 1");
    }

    @Test
    void aPageThatShowsNoDescriptionDoesNotReadThem() {
        String page = "query($word: String!) { listings(query: $word) { edges { node { id %s } } } }";

        shopper.execute(page.formatted(""), "word", word).ok();
        assertThat(lastListingStatement()).contains("l.title_zh_tw").doesNotContain("description_en");
        shopper.execute(page.formatted("description { text }"), "word", word).ok();
        assertThat(lastListingStatement()).contains("l.description_en");
    }

    /** A read leaves out what no field asks for (catalog/ListingDetails): asked in fragments, it is read. */
    @Test
    void certificationsAndDescriptionsAskedInFragmentsComeWithPagesAndListings() {
        GraphQLResponse page = shopper.execute("""
                query($word: String!) {
                  listings(query: $word, filter: { certifications: ["vegan"] }) { edges { node { ...details } } }
                }
                fragment details on Listing { about: description(locale: EN) { text } labels: certifications { code } }
                """, "word", word).ok();
        GraphQLResponse listing = shopper.execute("""
                query($id: ID!) { node(id: $id) { ... on Listing { description { text } certifications { code } } } }
                """, "id", ids.get("waffles")).ok();

        assertThat((List<List<String>>) page.data("listings.edges.node.labels.code")).containsExactly(List.of("vegan"));
        assertThat((List<String>) page.data("listings.edges.node.about.text"))
                .containsExactly("Best with hot chocolate sauce");
        assertThat((List<String>) listing.data("node.certifications.code")).containsExactly("vegan");
        assertThat((String) listing.data("node.description.text")).isEqualTo("Best with hot chocolate sauce");
    }

    @Test
    void facetCountsEqualABruteForceCountOfTheSameFilter() {
        assertFacetsMatchBruteForce(word, Map.of());
        assertFacetsMatchBruteForce(word, Map.of("regions", List.of("FLANDERS"), "certifications", List.of("organic")));
        assertFacetsMatchBruteForce(word + " 巧克力", Map.of("category", "food", "maxPrice", "30"));
    }

    @Test
    void aFacetIgnoresItsOwnFilterButNotTheOthers() {
        GraphQLResponse response = shopper.execute(FACETS, "query", word, "filter", Map.of("regions", List.of("WALLONIA")));

        assertThat((Integer) response.ok().data("listings.totalCount")).isEqualTo(2);
        Map<String, Integer> regions = counts(response.data("listings.facets.regions"));
        assertThat(regions).containsEntry("FLANDERS", 2).containsEntry("BRUSSELS", 2).containsEntry("WALLONIA", 2);
        Map<String, Integer> agencies = counts(response.data("listings.facets.agencies"));
        assertThat(agencies).containsOnly(Map.entry("AWEX", 2));
    }

    @Test
    void categoryFacetCountsDescendantsUnderTheirAncestors() {
        Map<String, Integer> categories = counts(shopper.execute(FACETS, "query", word).ok()
                .data("listings.facets.categories"));

        assertThat(categories).containsEntry("pralines", 2).containsEntry("chocolate", 2).containsEntry("beer", 2)
                .containsEntry("beverages", 2).containsEntry("food", 3).containsEntry("cosmetics", 1);
    }

    @Test
    void priceFacetCountsPerBand() {
        List<Map<String, Object>> bands = shopper.execute(FACETS, "query", word).ok().data("listings.facets.priceRanges");

        assertThat(bands).extracting(band -> band.get("from") + "-" + band.get("to") + ":" + band.get("count"))
                .containsExactly("0-5:2", "5-10:1", "10-25:1", "50-100:1", "100-null:1");
    }

    @Test
    void textsComeInTheLanguageOfTheAcceptLanguageHeader() {
        String query = """
                query($id: ID!) { listing(id: $id) { title { text locale } unitName { text } category { name { text } } } }""";

        GraphQLResponse french = shopper.header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5")
                .execute(query, "id", ids.get("abbey-beer")).ok();
        assertThat((String) french.data("listing.title.text")).isEqualTo(word + " Bière d'abbaye");
        assertThat((String) french.data("listing.category.name.text")).isEqualTo("Bière");
        assertThat((String) french.data("listing.unitName.text")).isEqualTo("boîte");

        GraphQLResponse taiwan = shopper.header("Accept-Language", "zh-TW").execute(query, "id", ids.get("abbey-beer")).ok();
        assertThat((String) taiwan.data("listing.title.locale")).isEqualTo("ZH_TW");
        assertThat((String) taiwan.data("listing.category.name.text")).isEqualTo("啤酒");

        GraphQLResponse unsupportedFirst = shopper.header("Accept-Language", "ja, de;q=0.8")
                .execute(query, "id", ids.get("abbey-beer")).ok();
        assertThat((String) unsupportedFirst.data("listing.title.text")).isEqualTo(word + " Abteibier");
    }

    @Test
    void traditionalChineseFallsBackToSimplifiedChineseThenEnglish() {
        String query = "query($id: ID!) { listing(id: $id) { title(locale: ZH_TW) { text locale } } }";

        GraphQLResponse simplified = shopper.execute(query, "id", ids.get("waffles")).ok();
        assertThat((String) simplified.data("listing.title.locale")).isEqualTo("ZH_CN");
        assertThat((String) simplified.data("listing.title.text")).isEqualTo(word + " 列日华夫饼");
    }

    @Test
    void theLocaleArgumentWinsOverTheHeader() {
        GraphQLResponse response = shopper.header("Accept-Language", "zh-CN")
                .execute("query($id: ID!) { listing(id: $id) { title(locale: NL) { text locale } } }",
                        "id", ids.get("pralines")).ok();

        assertThat((String) response.data("listing.title.text")).isEqualTo(word + " Pure chocolade pralines");
    }

    private void assertFacetsMatchBruteForce(String query, Map<String, Object> filter) {
        GraphQLResponse response = shopper.execute(FACETS, "query", query, "filter", filter).ok();
        checkFacet(response, "regions", query, filter, "regions", value -> List.of(value));
        checkFacet(response, "agencies", query, filter, "agencies", value -> List.of(value));
        checkFacet(response, "categories", query, filter, "category", value -> value);
        checkFacet(response, "certifications", query, filter, "certifications", value -> List.of(value));
        List<Map<String, Object>> bands = response.data("listings.facets.priceRanges");
        for (Map<String, Object> band : bands) {
            Map<String, Object> bandFilter = new HashMap<>(filter);
            bandFilter.put("minPrice", band.get("from").toString());
            bandFilter.put("maxPrice", band.get("to") == null ? null
                    : new BigDecimal(band.get("to").toString()).subtract(new BigDecimal("0.01")).toPlainString());
            assertThat(total(query, bandFilter)).as("price band %s", band).isEqualTo(band.get("count"));
        }
    }

    private void checkFacet(GraphQLResponse response, String facet, String query, Map<String, Object> filter,
            String filterField, java.util.function.Function<String, Object> filterValue) {
        List<Map<String, Object>> counts = response.data("listings.facets." + facet);
        assertThat(counts).as(facet).isNotEmpty();
        for (Map<String, Object> count : counts) {
            Map<String, Object> own = new HashMap<>(filter);
            own.put(filterField, filterValue.apply((String) count.get("value")));
            assertThat(total(query, own)).as("%s %s", facet, count.get("value")).isEqualTo(count.get("count"));
        }
    }

    private int total(String query, Map<String, Object> filter) {
        return shopper.execute(SEARCH, variables(query, filter, null, 1, null)).ok().data("listings.totalCount");
    }

    private List<String> found(String terms) {
        return externalIds(shopper.execute(SEARCH, variables(word + " " + terms, null, null, 50, null)).ok());
    }

    private GraphQLResponse searchWith(Map<String, Object> filter) {
        return shopper.execute(SEARCH, variables(word, filter, null, 50, null)).ok();
    }

    private List<String> externalIds(GraphQLResponse response) {
        List<String> externalIds = response.data("listings.edges.node.externalId");
        return externalIds.stream().map(id -> id.substring(id.indexOf(':') + 1)).toList();
    }

    private static Map<String, Integer> counts(List<Map<String, Object>> facet) {
        Map<String, Integer> counts = new HashMap<>();
        facet.forEach(count -> counts.put((String) count.get("value"), (Integer) count.get("count")));
        return counts;
    }

    private static Map<String, Object> variables(String query, Map<String, Object> filter, String sort, Integer first,
            String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("query", query);
        variables.put("filter", filter);
        variables.put("sort", sort);
        variables.put("first", first);
        variables.put("after", after);
        return variables;
    }

    private void publish(String name, AgencyCode agency, String region, String category, String price,
            List<String> certifications, Map<String, String> titles, String description) {
        Map<String, Object> input = validInput(agency, word);
        input.put("externalId", word + ":" + name);
        Map<String, String> prefixed = new HashMap<>();
        titles.forEach((locale, title) -> prefixed.put(locale, word + " " + title));
        input.put("title", prefixed);
        input.put("description", description == null ? null : Map.of("en", description));
        input.put("originRegion", region);
        input.put("category", category);
        input.put("priceEur", price);
        input.put("certifications", certifications);
        ids.put(name, ListingFixtures.createPublished(input));
    }
}
