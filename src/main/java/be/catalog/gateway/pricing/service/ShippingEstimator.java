package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;

import jakarta.inject.Singleton;

import be.catalog.gateway.pricing.PricingConfig;
import io.quarkus.runtime.Startup;

/**
 * International shipping of a parcel from Liège to China, priced like the carriers' tariffs: a first weight step,
 * then a price per further step or part of one ({@code catalog.pricing.shipping.*}). Checked at start-up.
 */
@Startup
@Singleton
public class ShippingEstimator {

    private final PricingConfig.Shipping tariff;

    public ShippingEstimator(PricingConfig config) {
        this.tariff = config.shipping();
        if (tariff.firstWeightGrams() <= 0 || tariff.additionalWeightGrams() <= 0) {
            throw new IllegalStateException("catalog.pricing.shipping weight steps must be more than 0 g");
        }
        if (tariff.firstPriceEur().signum() < 0 || tariff.additionalPriceEur().signum() < 0) {
            throw new IllegalStateException("catalog.pricing.shipping prices must not be negative");
        }
    }

    public String origin() {
        return tariff.origin();
    }

    /** Price in euro of a parcel of {@code grams}. */
    public BigDecimal priceEur(long grams) {
        long beyondFirstStep = Math.max(0, grams - tariff.firstWeightGrams());
        long furtherSteps = (beyondFirstStep + tariff.additionalWeightGrams() - 1) / tariff.additionalWeightGrams();
        return tariff.firstPriceEur().add(tariff.additionalPriceEur().multiply(BigDecimal.valueOf(furtherSteps)));
    }
}
