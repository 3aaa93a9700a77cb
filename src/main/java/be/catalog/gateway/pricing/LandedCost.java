package be.catalog.gateway.pricing;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What a buyer in China pays for an order of one listing, delivered, broken down as customs would. All in CNY. */
@Type("LandedCost")
@Description("Estimated cost of an order delivered to a buyer in China, in CNY: goods, shipping and import taxes."
        + " An estimate: customs convert at their own monthly rate.")
public record LandedCost(
        @NonNull Country destination,
        @NonNull int quantity,
        @Description("Net weight of the order") @NonNull int totalWeightGrams,
        @NonNull CustomsRegime regime,
        @Description("Price × quantity, converted from EUR") @NonNull Money goodsValue,
        @Description("International shipping estimate by weight, converted from EUR") @NonNull Money shipping,
        @Description("Where the parcel is shipped from") @NonNull String shippedFrom,
        @Description("Customs value: goods plus shipping (the actual transaction price incl. freight)")
        @NonNull Money dutiableValue,
        @NonNull Money customsDuty,
        @NonNull Money consumptionTax,
        @NonNull Money importVat,
        @NonNull Money totalTax,
        @Description("Dutiable value plus taxes: what the buyer pays") @NonNull Money total,
        @Description("Share of the statutory VAT and consumption tax charged: 0.7 within the limits, else 1")
        @NonNull BigDecimal taxShare,
        @Description("The rates applied") @NonNull CbecTaxRule taxRule,
        @Description("True when the listing's HS code is on China's cross-border positive list")
        @NonNull boolean onPositiveList,
        @Description("True when the dutiable value is above the single-order limit: the order is then taxed as general"
                + " trade, and may only go through cross-border e-commerce as one indivisible item")
        @NonNull boolean exceedsSingleOrderLimit,
        @Description("True when the dutiable value alone is above a buyer's annual limit") @NonNull boolean exceedsAnnualLimit,
        @Description("CNY 5,000 (Caiguanshui [2018] No. 49)") @NonNull Money singleOrderLimit,
        @Description("CNY 26,000 per buyer and year (Caiguanshui [2018] No. 49); for information, the catalog does not"
                + " know a buyer's earlier purchases") @NonNull Money annualLimit) {
}
