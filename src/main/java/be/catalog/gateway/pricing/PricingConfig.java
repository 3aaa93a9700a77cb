package be.catalog.gateway.pricing;

import java.math.BigDecimal;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog.pricing")
public interface PricingConfig {

    /**
     * How long the exchange rates in force are served from memory before they are read again. A write on this
     * instance refreshes them at once; other instances see it within this time.
     */
    @WithDefault("PT1M")
    Duration rateCacheTtl();

    Shipping shipping();

    CrossBorder crossBorder();

    /** International shipping estimate of a parcel to China, by weight: a first step, then each further step. */
    interface Shipping {

        /** Where parcels leave from, shown to buyers. */
        @WithDefault("Liège Airport (LGG), Belgium")
        String origin();

        @WithDefault("500")
        int firstWeightGrams();

        @WithDefault("12.00")
        BigDecimal firstPriceEur();

        /** Each further step of this many grams, or part of it, costs {@link #additionalPriceEur()}. */
        @WithDefault("500")
        int additionalWeightGrams();

        @WithDefault("4.00")
        BigDecimal additionalPriceEur();
    }

    /** China's limits for cross-border e-commerce retail imports; the tax rates per HS code are data files. */
    interface CrossBorder {

        /** Caiguanshui [2018] No. 49: above this dutiable value an order is taxed as general trade. */
        @WithDefault("5000")
        BigDecimal singleOrderLimitCny();

        /** Caiguanshui [2018] No. 49: a buyer's yearly total of CBEC purchases. */
        @WithDefault("26000")
        BigDecimal annualLimitCny();

        /** Caiguanshui [2016] No. 18: within the limits, this share of the statutory VAT and consumption tax. */
        @WithDefault("0.7")
        BigDecimal taxShare();
    }
}
