package be.catalog.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.support.Database;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/** The agencies, the category tree and the schema itself are public, and listings show them as they are. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ReferenceDataTest {

    @Test
    void theThreeRegionalAgencies() {
        GraphQLResponse response = GraphQLClient.anonymous().execute("{ agencies { code name region website } }").ok();

        assertThat((List<String>) response.data("agencies.code")).containsExactly("AWEX", "FIT", "HUB");
        assertThat((List<String>) response.data("agencies.region")).containsExactly("WALLONIA", "FLANDERS", "BRUSSELS");
        assertThat((List<String>) response.data("agencies.name")).contains("Flanders Investment & Trade", "hub.brussels");
    }

    @Test
    void categoriesFormATreeWithLocalizedNames() {
        GraphQLResponse response = GraphQLClient.anonymous().execute("""
                { categories { code parentCode en: name { text } zh: name(locale: ZH_CN) { text locale } } }""").ok();

        List<String> codes = response.data("categories.code");
        List<String> parents = response.data("categories.parentCode");
        assertThat(parents.get(codes.indexOf("pralines"))).isEqualTo("chocolate");
        assertThat(parents.get(codes.indexOf("chocolate"))).isEqualTo("food");
        assertThat(parents.get(codes.indexOf("food"))).isNull();
        assertThat(codes.indexOf("food")).isLessThan(codes.indexOf("chocolate"));
        List<String> chinese = response.data("categories.zh.text");
        assertThat(chinese.get(codes.indexOf("beer"))).isEqualTo("啤酒");
    }

    /**
     * Listings name their agency and category by code, and the gateway keeps both tables in memory: a category that a
     * migration adds while it runs is read as soon as a listing names it.
     */
    @Test
    void aCategoryAddedWhileRunningIsShownOnTheFirstListingInIt() {
        String before = ListingFixtures.create(ListingFixtures.validInput(AgencyCode.FIT, "Kept pralines"));
        GraphQLClient staff = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));
        staff.execute(LISTING_CATEGORY, "id", before).ok();
        String code = "truffles-" + ListingFixtures.uniqueToken().toLowerCase();
        Database.commit("INSERT INTO category (code, parent_code, name_en, name_zh_cn) VALUES ('" + code
                + "', 'chocolate', 'Truffles', '松露巧克力')");
        try {
            Map<String, Object> input = ListingFixtures.validInput(AgencyCode.FIT, "Truffes");
            input.put("category", code);
            String id = ListingFixtures.create(input);

            GraphQLResponse response = staff.execute(LISTING_CATEGORY, "id", id).ok();

            assertThat(response.<String>data("listing.category.code")).isEqualTo(code);
            assertThat(response.<String>data("listing.category.name.text")).isEqualTo("松露巧克力");
            assertThat(response.<String>data("listing.agency.name")).isEqualTo("Flanders Investment & Trade");
        } finally {
            Database.commit("DELETE FROM audit_entry WHERE listing_id IN (SELECT id FROM listing WHERE category_code = '"
                    + code + "')", "DELETE FROM listing WHERE category_code = '" + code + "'",
                    "DELETE FROM category WHERE code = '" + code + "'");
        }
    }

    private static final String LISTING_CATEGORY = """
            query($id: ID!) { listing(id: $id) { agency { name } category { code name(locale: ZH_CN) { text } } } }""";

    @Test
    void schemaIsPublishedAsSdl() {
        String sdl = RestAssured.get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        assertThat(sdl).contains("type Listing", "type ListingConnection", "input ListingInput", "enum Locale",
                "createListing(input: ListingInput!): Listing!", "title(locale: Locale): LocalizedString!");
        assertThat(sdl).doesNotContain("titles:", "descriptions:", "search:", "rank:", "key:", "names:");
    }
}
