package be.catalog.gateway.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.RestAssured;

/** The agencies, the category tree and the schema itself are public. */
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

    @Test
    void schemaIsPublishedAsSdl() {
        String sdl = RestAssured.get("/graphql/schema.graphql").then().statusCode(200).extract().asString();

        assertThat(sdl).contains("type Listing", "type ListingConnection", "input ListingInput", "enum Locale",
                "createListing(input: ListingInput!): Listing!", "title(locale: Locale): LocalizedString!");
        assertThat(sdl).doesNotContain("titles:", "descriptions:", "search:", "rank:", "key:", "names:");
    }
}
