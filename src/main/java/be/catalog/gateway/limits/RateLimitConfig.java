package be.catalog.gateway.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** Sustained requests per second of one client. */
    @WithDefault("50")
    double requestsPerSecond();

    /** Requests a client may make at once after being idle. */
    @WithDefault("100")
    int burst();

    /** Clients remembered at most; idle ones are forgotten first. */
    @WithDefault("100000")
    int maxClients();
}
