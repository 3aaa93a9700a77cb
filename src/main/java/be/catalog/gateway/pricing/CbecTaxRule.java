package be.catalog.gateway.pricing;

import java.math.BigDecimal;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** China's import tax rates for the goods of one HS code prefix (data: pricing/cbec-tax-rates.csv). */
@Type("ImportTaxRule")
@Description("China's import tax rates that apply to a listing's HS code; rates are fractions (0.13 = 13%).")
public record CbecTaxRule(
        @Description("The HS code prefix the rates are for; the longest matching prefix applies") @NonNull String hsPrefix,
        @NonNull String description,
        @Description("MFN customs duty, charged only outside the cross-border limits") @NonNull BigDecimal dutyRate,
        @Description("Import VAT") @NonNull BigDecimal vatRate,
        @Description("Ad valorem consumption tax, 0 when none") @NonNull BigDecimal consumptionTaxRate,
        @Description("Specific consumption tax in CNY per kg of net weight, 0 when none")
        @NonNull BigDecimal consumptionTaxCnyPerKg,
        @Description("Consumption tax applies only from this dutiable value in CNY per gram (high-end cosmetics);"
                + " null when it always applies") BigDecimal consumptionTaxFromCnyPerGram) {
}
