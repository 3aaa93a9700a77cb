package be.catalog.gateway.pricing;

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
}
