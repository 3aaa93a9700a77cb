package be.catalog.gateway.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bounds and timings of the listingChanged subscriptions (catalog.subscriptions.*). */
@ConfigMapping(prefix = "catalog.subscriptions")
public interface SubscriptionConfig {

    /** Open subscriptions on one instance; beyond, a new one is refused with TOO_MANY_SUBSCRIPTIONS. */
    @WithDefault("1000")
    int maxPerInstance();

    /** Open subscriptions on one websocket connection. */
    @WithDefault("10")
    int maxPerConnection();

    /**
     * Changes held for one subscriber that has not taken the previous ones yet; one more ends its subscription
     * with SUBSCRIPTION_OVERFLOW (it must re-read what it caches), so a slow subscriber never holds back the others.
     */
    @WithDefault("256")
    int bufferSize();

    /** First wait before reconnecting the listening connection; doubled on each failure up to the maximum. */
    @WithDefault("PT1S")
    Duration reconnectDelay();

    @WithDefault("PT30S")
    Duration maxReconnectDelay();
}
