package be.catalog.gateway.catalog;

import static be.catalog.gateway.support.ListingFixtures.CREATE;
import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Bad input is refused with a code naming what is wrong and the field it is wrong in, and nothing is written.
 * Each case creates a listing with a unique title and then checks that no listing has that title.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ListingInputRulesTest {

    private static final String COUNT_BY_TITLE = """
            query Count($text: String!) {
              listings(filter: { titleContains: $text }) { totalCount }
            }""";

    private static final String UPDATE = """
            mutation Update($id: ID!, $input: ListingUpdateInput!) {
              updateListing(id: $id, version: 0, input: $input) { id }
            }""";

    private final GraphQLClient fit = GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT));

    @Test
    void unknownCategoryIsRefused() {
        assertRefused("UNKNOWN_CATEGORY", "input.category", (input, word) -> input.put("category", "chocolate-fountains"));
    }

    @Test
    void negativePriceIsRefused() {
        assertRefused("INVALID_PRICE", "input.priceEur", (input, word) -> input.put("priceEur", "-0.01"));
    }

    @Test
    void priceWithFractionsOfCentsIsRefused() {
        assertRefused("INVALID_PRICE", "input.priceEur", (input, word) -> input.put("priceEur", "12.345"));
    }

    @Test
    void missingEnglishTitleIsRefused() {
        assertRefused("MISSING_ENGLISH_TITLE", "input.title.en",
                (input, word) -> input.put("title", Map.of("fr", "Pralines " + word, "zhCn", word + " 巧克力")));
    }

    @Test
    void blankEnglishTitleCountsAsMissing() {
        assertRefused("MISSING_ENGLISH_TITLE", "input.title.en",
                (input, word) -> input.put("title", Map.of("en", "   ", "fr", "Pralines " + word)));
    }

    @Test
    void hsCodeWithTooFewDigitsIsRefused() {
        assertRefused("INVALID_HS_CODE", "input.hsCode", (input, word) -> input.put("hsCode", "18069"));
    }

    @Test
    void hsCodeWithTooManyDigitsIsRefused() {
        assertRefused("INVALID_HS_CODE", "input.hsCode", (input, word) -> input.put("hsCode", "18069000001"));
    }

    @Test
    void hsCodeWithLettersIsRefused() {
        assertRefused("INVALID_HS_CODE", "input.hsCode", (input, word) -> input.put("hsCode", "1806AB"));
    }

    @Test
    void enterpriseNumberWithWrongCheckDigitsIsRefused() {
        assertRefused("INVALID_ENTERPRISE_NUMBER", "input.supplier.enterpriseNumber", (input, word) -> input.put(
                "supplier", ListingFixtures.supplier("0403170702", "Wrong Number BV", "Gent", "FLANDERS")));
    }

    @Test
    void negativeStockIsRefused() {
        assertRefused("INVALID_STOCK_QUANTITY", "input.stockQuantity", (input, word) -> input.put("stockQuantity", -1));
    }

    @Test
    void zeroWeightIsRefused() {
        assertRefused("INVALID_WEIGHT", "input.netWeightGrams", (input, word) -> input.put("netWeightGrams", 0));
    }

    @Test
    void everyProblemOfARecordIsReportedAtOnce() {
        String token = ListingFixtures.uniqueToken();
        Map<String, Object> input = validInput(AgencyCode.FIT, token);
        input.put("priceEur", "-5");
        input.put("hsCode", "12");
        input.put("netWeightGrams", -3);

        GraphQLResponse response = fit.execute(CREATE, "input", input).failsWith("INVALID_HS_CODE");

        List<String> codes = response.json().getList("errors[0].extensions.violations.code");
        List<String> fields = response.json().getList("errors[0].extensions.violations.field");
        assertThat(codes).containsExactly("INVALID_HS_CODE", "INVALID_PRICE", "INVALID_WEIGHT");
        assertThat(fields).containsExactly("input.hsCode", "input.priceEur", "input.netWeightGrams");
        assertNothingWrittenWithTitle(token);
    }

    @Test
    void badUpdateLeavesTheListingAsItWas() {
        String token = ListingFixtures.uniqueToken();
        String id = ListingFixtures.create(validInput(AgencyCode.FIT, token));

        fit.execute(UPDATE, "id", id, "input", Map.of("priceEur", "-3", "stockQuantity", 1)).failsWith("INVALID_PRICE");
        fit.execute(UPDATE, "id", id, "input", Map.of("category", "nope")).failsWith("UNKNOWN_CATEGORY");

        GraphQLResponse read = fit.execute("query($id: ID!) { listing(id: $id) { version stockQuantity category { code } } }",
                "id", id).ok();
        assertThat((Integer) read.data("listing.version")).isZero();
        assertThat((Integer) read.data("listing.stockQuantity")).isEqualTo(100);
        assertThat((String) read.data("listing.category.code")).isEqualTo("pralines");
    }

    @Test
    void wronglyTypedInputIsRefusedByTheSchema() {
        Map<String, Object> input = validInput(AgencyCode.FIT, ListingFixtures.uniqueToken());
        input.put("stockQuantity", "many");

        GraphQLResponse response = fit.execute(CREATE, "input", input);

        assertThat(response.errors()).isNotEmpty();
        assertThat((Object) response.data("createListing")).isNull();
    }

    /** Breaks a valid input whose texts carry a unique word, and checks the refusal and that nothing was written. */
    private void assertRefused(String code, String path, BiConsumer<Map<String, Object>, String> breakInput) {
        String word = ListingFixtures.uniqueToken();
        Map<String, Object> input = validInput(AgencyCode.FIT, word);
        breakInput.accept(input, word);

        GraphQLResponse response = fit.execute(CREATE, "input", input).failsWith(code);

        assertThat(response.errorField()).isEqualTo(path);
        assertThat(response.errorMessage()).startsWith(path + ": ");
        assertNothingWrittenWithTitle(word);
    }

    private void assertNothingWrittenWithTitle(String token) {
        assertThat((Integer) fit.execute(COUNT_BY_TITLE, "text", token).ok().data("listings.totalCount")).isZero();
    }
}
