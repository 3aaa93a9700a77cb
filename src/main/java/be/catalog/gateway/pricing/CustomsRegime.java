package be.catalog.gateway.pricing;

import org.eclipse.microprofile.graphql.Description;

@Description("How China taxes an order.")
public enum CustomsRegime {
    @Description("Cross-border e-commerce retail import within the limits: no duty, 70% of the statutory VAT and"
            + " consumption tax (Caiguanshui [2016] No. 18)")
    CROSS_BORDER_RETAIL,
    @Description("Taxed in full like general trade: MFN duty, VAT and consumption tax. Orders above the single-order"
            + " limit (Caiguanshui [2018] No. 49) and goods not on the cross-border positive list")
    GENERAL_TRADE
}
