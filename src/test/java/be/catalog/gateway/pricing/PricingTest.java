package be.catalog.gateway.pricing;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Rates;
import be.catalog.gateway.support.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A Chinese buyer sees prices in yuan, converted at the latest exchange rate and rounded half to even; operators, and
 * only they, set the rates.
 *
 * <p>Every test starts from today's yuan rate 7.7325, set through the API. The dollar rate is never set by a test, so
 * it is the one the migration ships (ECB, 12 April 2024: 1.0652), and no test sets a Hong Kong dollar rate.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class PricingTest {

    private static final String PRICES = """
            query Prices($id: ID!) {
              listing(id: $id) {
                id
                eur: price { amount currency rate rateDate rateSource }
                cny: price(currency: CNY) { amount currency rate rateDate rateSource }
                usd: price(currency: USD) { amount currency rate rateDate rateSource }
              }
            }""";

    private static final String RATES = "{ exchangeRates { currency rate date source setAt } }";

    private final GraphQLClient shopper = GraphQLClient.anonymous();
    private final GraphQLClient operator = GraphQLClient.withToken(Tokens.operator());

    private Map<String, Object> yuanRate;

    @BeforeEach
    void yuanRateOfToday() {
        yuanRate = Rates.setToday("CNY", "7.7325").data("setExchangeRate");
    }

    @Test
    void priceIsInEuroWhenNoCurrencyIsAsked() {
        String id = listingPricedAt("10.00");

        GraphQLResponse prices = shopper.execute(PRICES, "id", id).ok();

        assertThat(prices.decimal("listing.eur.amount")).isEqualByComparingTo("10.00");
        assertThat((String) prices.data("listing.eur.currency")).isEqualTo("EUR");
        assertThat((Object) prices.data("listing.eur.rate")).isNull();
        assertThat((Object) prices.data("listing.eur.rateDate")).isNull();
        assertThat((Object) prices.data("listing.eur.rateSource")).isNull();
    }

    @Test
    void yuanPriceIsConvertedAtTheLatestRateAndRoundedHalfToEven() {
        // 10.00 EUR x 7.7325 = 77.325 exactly: a tie between 77.32 and 77.33; half to even keeps the even cent 77.32
        // (half up would charge 77.33).
        GraphQLResponse ten = shopper.execute(PRICES, "id", listingPricedAt("10.00")).ok();
        // 14.00 EUR x 7.7325 = 108.255 exactly: here the even cent is the upper one, 108.26.
        GraphQLResponse fourteen = shopper.execute(PRICES, "id", listingPricedAt("14.00")).ok();

        assertThat(ten.decimal("listing.cny.amount")).isEqualByComparingTo("77.32");
        assertThat(fourteen.decimal("listing.cny.amount")).isEqualByComparingTo("108.26");
        assertThat((String) ten.data("listing.cny.currency")).isEqualTo("CNY");
        assertThat(ten.decimal("listing.cny.rate")).isEqualByComparingTo("7.7325");
        assertThat((String) ten.data("listing.cny.rateDate")).isEqualTo(Rates.today().toString());
        assertThat((String) ten.data("listing.cny.rateSource")).isEqualTo(Rates.TEST_SOURCE);
    }

    @Test
    void seededDollarRateIsTheEcbReferenceRateOfItsDay() {
        // 10.00 EUR x 1.0652 = 10.652 -> 10.65
        GraphQLResponse prices = shopper.execute(PRICES, "id", listingPricedAt("10.00")).ok();

        assertThat(prices.decimal("listing.usd.amount")).isEqualByComparingTo("10.65");
        assertThat(prices.decimal("listing.usd.rate")).isEqualByComparingTo("1.0652");
        assertThat((String) prices.data("listing.usd.rateDate")).isEqualTo("2024-04-12");
        assertThat((String) prices.data("listing.usd.rateSource")).isEqualTo("European Central Bank reference rate");
    }

    @Test
    void everyListingOfAPageGetsEachAliasInItsOwnCurrency() {
        String word = ListingFixtures.uniqueToken();
        ListingFixtures.createPublished(input(word, "10.00"));
        ListingFixtures.createPublished(input(word, "14.00"));
        Rates.setToday("JPY", "163.25");

        GraphQLResponse page = shopper.execute("""
                query Page($word: String!) {
                  listings(filter: { titleContains: $word }, sort: PRICE_ASC) {
                    edges { node { eur: price { amount } cny: price(currency: CNY) { amount }
                                   jpy: price(currency: JPY) { amount currency } } }
                  }
                }""", "word", word).ok();

        assertThat(page.<List<?>>data("listings.edges")).hasSize(2);
        assertThat(page.decimal("listings.edges[0].node.eur.amount")).isEqualByComparingTo("10.00");
        assertThat(page.decimal("listings.edges[0].node.cny.amount")).isEqualByComparingTo("77.32");
        assertThat(page.decimal("listings.edges[1].node.eur.amount")).isEqualByComparingTo("14.00");
        assertThat(page.decimal("listings.edges[1].node.cny.amount")).isEqualByComparingTo("108.26");
        // The yen has no minor unit: 10.00 x 163.25 = 1632.5 -> 1632 (even); 14.00 x 163.25 = 2285.5 -> 2286 (even).
        assertThat(page.decimal("listings.edges[0].node.jpy.amount")).isEqualTo(new BigDecimal("1632"));
        assertThat(page.decimal("listings.edges[1].node.jpy.amount")).isEqualTo(new BigDecimal("2286"));
        assertThat((String) page.data("listings.edges[1].node.jpy.currency")).isEqualTo("JPY");
    }

    @Test
    void aCurrencyWithoutRateIsAnErrorWhileTheRestOfTheListingIsServed() {
        String id = listingPricedAt("10.00");

        GraphQLResponse response = shopper.execute("""
                query($id: ID!) { listing(id: $id) { id hkd: price(currency: HKD) { amount } eur: price { amount } } }""",
                "id", id).failsWith("EXCHANGE_RATE_UNAVAILABLE");

        assertThat((String) response.data("listing.id")).isEqualTo(id);
        assertThat((Object) response.data("listing.hkd")).isNull();
        assertThat(response.decimal("listing.eur.amount")).isEqualByComparingTo("10.00");
    }

    @Test
    void aNewRateAppliesAtOnceAndIsReturnedWithItsDateAndSource() {
        String id = listingPricedAt("10.00");

        GraphQLResponse set = operator.execute(Rates.SET, "input",
                Rates.input("CNY", "7.9001", Rates.today(), "People's Bank of China central parity (test)")).ok();

        assertThat((String) set.data("setExchangeRate.currency")).isEqualTo("CNY");
        assertThat(set.decimal("setExchangeRate.rate")).isEqualByComparingTo("7.9001");
        assertThat((String) set.data("setExchangeRate.date")).isEqualTo(Rates.today().toString());
        assertThat((String) set.data("setExchangeRate.source")).isEqualTo("People's Bank of China central parity (test)");
        assertThat((String) set.data("setExchangeRate.setAt")).isNotBlank();
        // 10.00 x 7.9001 = 79.001 -> 79.00: the cached rates were replaced by the write
        GraphQLResponse prices = shopper.execute(PRICES, "id", id).ok();
        assertThat(prices.decimal("listing.cny.amount")).isEqualByComparingTo("79.00");
        assertThat((String) prices.data("listing.cny.rateSource")).isEqualTo("People's Bank of China central parity (test)");
        assertThat(yuanRateInForce()).containsEntry("source", "People's Bank of China central parity (test)");
    }

    @Test
    void aRateForAnEarlierDayDoesNotReplaceTheCurrentOne() {
        operator.execute(Rates.SET, "input",
                Rates.input("CNY", "8.5", Rates.today().minusDays(1), "Late correction of yesterday (test)")).ok();

        GraphQLResponse prices = shopper.execute(PRICES, "id", listingPricedAt("10.00")).ok();

        assertThat(prices.decimal("listing.cny.amount")).isEqualByComparingTo("77.32");
        assertThat(yuanRateInForce()).isEqualTo(yuanRate);
    }

    @Test
    void agencyStaffCannotSetRates() {
        GraphQLClient.withToken(Tokens.agency(AgencyCode.FIT))
                .execute(Rates.SET, "input", Rates.input("CNY", "1.00", Rates.today(), "Agency (test)"))
                .failsWith("FORBIDDEN");

        assertThat(yuanRateInForce()).isEqualTo(yuanRate);
    }

    @Test
    void anonymousCallersCannotSetRates() {
        shopper.execute(Rates.SET, "input", Rates.input("CNY", "1.00", Rates.today(), "Anonymous (test)"))
                .failsWith("UNAUTHENTICATED");

        assertThat(yuanRateInForce()).isEqualTo(yuanRate);
    }

    @Test
    void badRateIsRefusedWithEveryViolationAndNothingIsWritten() {
        GraphQLResponse refused = operator.execute(Rates.SET, "input",
                Rates.input("YUAN", "0", Rates.today().plusDays(1), "  ")).failsWith("INVALID_CURRENCY");

        assertThat(refused.errorField()).isEqualTo("input.currency");
        List<Map<String, String>> violations = refused.json().getList("errors[0].extensions.violations");
        assertThat(violations).extracting(v -> v.get("field") + " " + v.get("code")).containsExactly(
                "input.currency INVALID_CURRENCY", "input.rate INVALID_RATE", "input.date INVALID_RATE_DATE",
                "input.source REQUIRED");
        assertThat(yuanRateInForce()).isEqualTo(yuanRate);
        assertThat(shopper.execute(PRICES, "id", listingPricedAt("10.00")).ok().decimal("listing.cny.amount"))
                .isEqualByComparingTo("77.32");
    }

    @Test
    void eachBadValueHasItsCode() {
        assertRefused("INVALID_RATE", "input.rate", Rates.input("CNY", "-7.73", Rates.today(), "Test"));
        assertRefused("INVALID_RATE", "input.rate", Rates.input("CNY", "7.123456789", Rates.today(), "Test"));
        assertRefused("INVALID_CURRENCY", "input.currency", Rates.input("EUR", "1", Rates.today(), "Test"));
        assertRefused("INVALID_CURRENCY", "input.currency", Rates.input("GBP", "0.85", Rates.today(), "Test"));
        assertRefused("INVALID_CURRENCY", "input.currency", Rates.input("C1Y", "7.7", Rates.today(), "Test"));
        assertRefused("REQUIRED", "input.source", Rates.input("CNY", "7.7", Rates.today(), ""));
        assertRefused("TEXT_TOO_LONG", "input.source", Rates.input("CNY", "7.7", Rates.today(), "x".repeat(201)));
        assertThat(yuanRateInForce()).isEqualTo(yuanRate);
    }

    private void assertRefused(String code, String field, Map<String, Object> input) {
        GraphQLResponse refused = operator.execute(Rates.SET, "input", input).failsWith(code);
        assertThat(refused.errorField()).as(refused.json().prettify()).isEqualTo(field);
    }

    private Map<String, Object> yuanRateInForce() {
        List<Map<String, Object>> rates = shopper.execute(RATES).ok().data("exchangeRates");
        return rates.stream().filter(rate -> "CNY".equals(rate.get("currency"))).findFirst().orElseThrow();
    }

    private static String listingPricedAt(String priceEur) {
        return ListingFixtures.createPublished(input(ListingFixtures.uniqueToken(), priceEur));
    }

    private static Map<String, Object> input(String word, String priceEur) {
        Map<String, Object> input = validInput(AgencyCode.FIT, "Pralines " + word);
        input.put("priceEur", priceEur);
        return input;
    }
}
