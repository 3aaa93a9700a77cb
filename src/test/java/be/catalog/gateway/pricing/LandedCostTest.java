package be.catalog.gateway.pricing;

import static be.catalog.gateway.support.ListingFixtures.validInput;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.support.GraphQLClient;
import be.catalog.gateway.support.GraphQLResponse;
import be.catalog.gateway.support.ListingFixtures;
import be.catalog.gateway.support.Rates;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A buyer in China sees what an order costs delivered: goods and shipping from Liège in yuan, plus China's import
 * taxes under the cross-border e-commerce (CBEC) retail rules.
 *
 * <p>Every figure below is worked out by hand in the comments, with today's rate 1 EUR = 7.80 CNY (set before each
 * test) and the default shipping tariff: EUR 12.00 for the first 500 g, EUR 4.00 for each further 500 g or part.
 * Within the limits: no duty, 70% of VAT and consumption tax; taxes are rounded to the fen half up.
 */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class LandedCostTest {

    private static final String LANDED_COST = """
            query LandedCost($id: ID!, $quantity: Int!) {
              listing(id: $id) {
                landedCost(quantity: $quantity) {
                  destination quantity totalWeightGrams regime shippedFrom taxShare onPositiveList
                  exceedsSingleOrderLimit exceedsAnnualLimit
                  goodsValue { amount currency rate rateDate rateSource }
                  shipping { amount currency }
                  dutiableValue { amount } customsDuty { amount } consumptionTax { amount } importVat { amount }
                  totalTax { amount } total { amount currency }
                  singleOrderLimit { amount } annualLimit { amount }
                  taxRule { hsPrefix dutyRate vatRate consumptionTaxRate consumptionTaxCnyPerKg consumptionTaxFromCnyPerGram }
                }
              }
            }""";

    private final GraphQLClient shopper = GraphQLClient.anonymous();

    @BeforeEach
    void yuanRateOfToday() {
        Rates.setToday("CNY", "7.80");
    }

    @Test
    void chocolateWithinTheLimitsPaysNinePointOnePercent() {
        // Pralines, HS 1806.90, EUR 24.50 and 250 g a box, 3 boxes:
        //   goods    3 x 24.50 = 73.50 EUR x 7.80            = 573.30
        //   shipping 750 g = 500 g + 1 further step: 16.00 EUR x 7.80 = 124.80
        //   dutiable value                                     = 698.10
        //   duty 0; no consumption tax
        //   VAT 698.10 x 13% = 90.753, x 70%                 = 63.5271 -> 63.53   (= 698.10 x 9.1%)
        //   total 698.10 + 63.53                               = 761.63
        String id = published("pralines", "180690", "24.50", 250);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 3).ok();

        assertAmounts(response, "573.30", "124.80", "698.10", "0.00", "0.00", "63.53", "63.53", "761.63");
        assertThat((String) landed(response, "regime")).isEqualTo("CROSS_BORDER_RETAIL");
        assertThat((Integer) landed(response, "totalWeightGrams")).isEqualTo(750);
        assertThat(response.decimal("listing.landedCost.taxShare")).isEqualByComparingTo("0.7");
        assertThat((Boolean) landed(response, "onPositiveList")).isTrue();
        assertThat((Boolean) landed(response, "exceedsSingleOrderLimit")).isFalse();
        assertThat((String) landed(response, "taxRule.hsPrefix")).isEqualTo("1806");
        assertThat(response.decimal("listing.landedCost.taxRule.vatRate")).isEqualByComparingTo("0.13");
        assertThat((String) landed(response, "goodsValue.currency")).isEqualTo("CNY");
        assertThat(response.decimal("listing.landedCost.goodsValue.rate")).isEqualByComparingTo("7.80");
        assertThat((String) landed(response, "goodsValue.rateDate")).isEqualTo(Rates.today().toString());
        assertThat((String) landed(response, "goodsValue.rateSource")).isEqualTo(Rates.TEST_SOURCE);
        assertThat((String) landed(response, "shippedFrom")).contains("Liège");
        assertThat(response.decimal("listing.landedCost.singleOrderLimit.amount")).isEqualByComparingTo("5000");
        assertThat(response.decimal("listing.landedCost.annualLimit.amount")).isEqualByComparingTo("26000");
    }

    @Test
    void eachAliasGetsItsOwnQuantityAndOneUnitCostsWhatThePriceSays() {
        // One box: goods 24.50 x 7.80 = 191.10; shipping 250 g: 12.00 x 7.80 = 93.60; dutiable 284.70;
        // VAT 284.70 x 9.1% = 25.9077 -> 25.91; total 310.61. Three boxes: as above, 761.63.
        String id = published("pralines", "180690", "24.50", 250);

        GraphQLResponse response = shopper.execute("""
                query($id: ID!) { listing(id: $id) {
                  price(currency: CNY) { amount }
                  one: landedCost { quantity goodsValue { amount } total { amount } }
                  three: landedCost(quantity: 3) { quantity total { amount } }
                } }""", "id", id).ok();

        assertThat(response.decimal("listing.price.amount")).isEqualByComparingTo("191.10");
        assertThat(response.decimal("listing.one.goodsValue.amount")).isEqualByComparingTo("191.10");
        assertThat((Integer) response.data("listing.one.quantity")).isEqualTo(1);
        assertThat(response.decimal("listing.one.total.amount")).isEqualByComparingTo("310.61");
        assertThat((Integer) response.data("listing.three.quantity")).isEqualTo(3);
        assertThat(response.decimal("listing.three.total.amount")).isEqualByComparingTo("761.63");
    }

    @Test
    void highEndFaceCreamPaysConsumptionTaxAtTheCompositeRate() {
        // Face cream, HS 3304.99, EUR 89.00 for 50 g, 1 jar:
        //   goods 89.00 x 7.80 = 694.20; shipping 50 g: 93.60; dutiable value 787.80
        //   787.80 / 50 g = CNY 15.76 per g >= 10: high-end cosmetics, consumption tax 15% (Caishui [2016] No. 103)
        //   consumption tax, statutory: 787.80 x 0.15 / (1 - 0.15) = 139.0235294..., x 70% = 97.3164705... -> 97.32
        //   VAT, statutory: (787.80 + 139.0235294...) x 13% = 120.4870588..., x 70% = 84.3409411... -> 84.34
        //   taxes 181.66 (= 787.80 x (13% + 15%) / (1 - 15%) x 70% = 787.80 x 23.0588% = 181.657...)
        //   total 787.80 + 181.66 = 969.46
        String id = published("skincare", "330499", "89.00", 50);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 1).ok();

        assertAmounts(response, "694.20", "93.60", "787.80", "0.00", "97.32", "84.34", "181.66", "969.46");
        assertThat((String) landed(response, "regime")).isEqualTo("CROSS_BORDER_RETAIL");
        assertThat(response.decimal("listing.landedCost.taxRule.consumptionTaxRate")).isEqualByComparingTo("0.15");
        assertThat(response.decimal("listing.landedCost.taxRule.consumptionTaxFromCnyPerGram")).isEqualByComparingTo("10");
    }

    @Test
    void ordinaryBodyLotionPaysNoConsumptionTax() {
        // Body lotion, HS 3304.99, EUR 15.00 for 200 g: goods 117.00; shipping 93.60; dutiable 210.60, i.e. CNY 1.05
        // per g, below 10: no consumption tax. VAT 210.60 x 9.1% = 19.1646 -> 19.16; total 229.76.
        String id = published("skincare", "330499", "15.00", 200);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 1).ok();

        assertAmounts(response, "117.00", "93.60", "210.60", "0.00", "0.00", "19.16", "19.16", "229.76");
    }

    @Test
    void spiritsPayTheCompositeConsumptionTaxWithItsSpecificPart() {
        // Jenever, HS 2208, EUR 32.00 for 700 g: goods 249.60; shipping 700 g = 500 g + 1 step: 16.00 x 7.80 = 124.80;
        // dutiable 374.40. Consumption tax 20% + CNY 0.5 per 500 g, i.e. CNY 1.00 per kg: specific part 0.70.
        //   consumption tax, statutory: (374.40 + 0.70) x 0.20 / 0.80 + 0.70 = 93.775 + 0.70 = 94.475,
        //     x 70% = 66.1325 -> 66.13
        //   VAT, statutory: (374.40 + 94.475) x 13% = 60.95375, x 70% = 42.667625 -> 42.67
        //   taxes 108.80; total 374.40 + 108.80 = 483.20
        String id = published("spirits", "220890", "32.00", 700);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 1).ok();

        assertAmounts(response, "249.60", "124.80", "374.40", "0.00", "66.13", "42.67", "108.80", "483.20");
    }

    @Test
    void anOrderAboveFiveThousandYuanIsTaxedInFullAsGeneralTrade() {
        // Praline gift chest, HS 1806.90, EUR 690.00 and 1,200 g, 1 unit:
        //   goods 690.00 x 7.80 = 5,382.00; shipping 1,200 g = 500 g + 2 steps: 20.00 x 7.80 = 156.00
        //   dutiable value 5,538.00 > 5,000: taxed as general trade, in full (Caiguanshui [2018] No. 49)
        //   duty, MFN 8%: 5,538.00 x 8% = 443.04
        //   VAT: (5,538.00 + 443.04) x 13% = 777.5352 -> 777.54
        //   taxes 1,220.58; total 6,758.58
        String id = published("pralines", "180690", "690.00", 1200);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 1).ok();

        assertAmounts(response, "5382.00", "156.00", "5538.00", "443.04", "0.00", "777.54", "1220.58", "6758.58");
        assertThat((Boolean) landed(response, "exceedsSingleOrderLimit")).isTrue();
        assertThat((Boolean) landed(response, "exceedsAnnualLimit")).isFalse();
        assertThat((String) landed(response, "regime")).isEqualTo("GENERAL_TRADE");
        assertThat(response.decimal("listing.landedCost.taxShare")).isEqualByComparingTo("1");
    }

    @Test
    void goodsOffThePositiveListAreTaxedAsGeneralTrade() {
        // Couverture chocolate in a 2.5 kg block, HS 1806.20: rated (duty 10%) but not on the CBEC list.
        //   goods 45.00 x 7.80 = 351.00; shipping 2,500 g = 500 g + 4 steps: 28.00 x 7.80 = 218.40; dutiable 569.40
        //   duty 569.40 x 10% = 56.94; VAT (569.40 + 56.94) x 13% = 81.4242 -> 81.42; taxes 138.36; total 707.76
        String id = published("chocolate", "180620", "45.00", 2500);

        GraphQLResponse response = shopper.execute(LANDED_COST, "id", id, "quantity", 1).ok();

        assertAmounts(response, "351.00", "218.40", "569.40", "56.94", "0.00", "81.42", "138.36", "707.76");
        assertThat((Boolean) landed(response, "onPositiveList")).isFalse();
        assertThat((Boolean) landed(response, "exceedsSingleOrderLimit")).isFalse();
        assertThat((String) landed(response, "regime")).isEqualTo("GENERAL_TRADE");
        assertThat((String) landed(response, "taxRule.hsPrefix")).isEqualTo("180620");
    }

    @Test
    void goodsWithoutTaxRatesHaveNoLandedCost() {
        String id = published("food", "020130", "40.00", 1000);

        shopper.execute(LANDED_COST, "id", id, "quantity", 1).failsWith("TAX_RATE_UNAVAILABLE");
    }

    @Test
    void quantityMustBeBetweenOneAndNineHundredNinetyNine() {
        String id = published("pralines", "180690", "24.50", 250);

        GraphQLResponse none = shopper.execute(LANDED_COST, "id", id, "quantity", 0).failsWith("INVALID_QUANTITY");
        assertThat(none.errorField()).isEqualTo("quantity");
        shopper.execute(LANDED_COST, "id", id, "quantity", 1000).failsWith("INVALID_QUANTITY");
    }

    private static String published(String category, String hsCode, String priceEur, int grams) {
        Map<String, Object> input = validInput(AgencyCode.HUB, "Landed " + ListingFixtures.uniqueToken());
        input.put("category", category);
        input.put("hsCode", hsCode);
        input.put("priceEur", priceEur);
        input.put("netWeightGrams", grams);
        return ListingFixtures.createPublished(input);
    }

    @SuppressWarnings("unchecked")
    private static <T> T landed(GraphQLResponse response, String path) {
        return (T) response.data("listing.landedCost." + path);
    }

    /** The breakdown in CNY, in the order the buyer reads it. */
    private static void assertAmounts(GraphQLResponse response, String goods, String shipping, String dutiable,
            String duty, String consumptionTax, String vat, String taxes, String total) {
        String prefix = "listing.landedCost.";
        assertThat(response.decimal(prefix + "goodsValue.amount")).as("goods").isEqualByComparingTo(goods);
        assertThat(response.decimal(prefix + "shipping.amount")).as("shipping").isEqualByComparingTo(shipping);
        assertThat(response.decimal(prefix + "dutiableValue.amount")).as("dutiable").isEqualByComparingTo(dutiable);
        assertThat(response.decimal(prefix + "customsDuty.amount")).as("duty").isEqualByComparingTo(duty);
        assertThat(response.decimal(prefix + "consumptionTax.amount")).as("consumption tax")
                .isEqualByComparingTo(consumptionTax);
        assertThat(response.decimal(prefix + "importVat.amount")).as("VAT").isEqualByComparingTo(vat);
        assertThat(response.decimal(prefix + "totalTax.amount")).as("taxes").isEqualByComparingTo(taxes);
        assertThat(response.decimal(prefix + "total.amount")).as("total").isEqualByComparingTo(total);
        assertThat((String) response.data(prefix + "total.currency")).isEqualTo("CNY");
    }
}
