package be.catalog.gateway.database;

import java.time.Duration;
import java.util.Locale;

import io.smallrye.config.ConfigMapping;

/**
 * The database settings Quarkus has no keys for. The Quarkus datasources themselves (the default one for writes and
 * the read-your-writes reads, {@code "read"} for catalog reads) are built from these in application.properties.
 */
@ConfigMapping(prefix = "catalog.db")
public interface DatabaseConfig {

    /** The primary: writes, migrations, reads that must see their own writes. */
    String host();

    int port();

    String name();

    /** Requests that may wait for a connection of a pool; the next one fails at once (SERVICE_UNAVAILABLE). */
    int maxWaitQueueSize();

    /** PostgreSQL cancels a statement that runs longer (statement_timeout of every connection). */
    Duration statementTimeout();

    /**
     * Prepared statements kept per connection, the least recently used dropped first. Each filter of the catalog's
     * pages is a statement of its own ({@link SqlParameters}); PostgreSQL holds a plan for each in every backend.
     */
    int statementCacheSize();

    Read read();

    /** The read replica: the read-only service of the cluster (the primary's database where there is none). */
    interface Read {

        String host();

        int port();

        String name();

        /** How long a connection attempt to the replica may take before the read goes to the primary. */
        Duration connectTimeout();

        /** After the replica could not be reached, reads go to the primary this long before it is tried again. */
        Duration retryAfter();

        /** PostgreSQL's {@code plan_cache_mode} of the read connections. */
        PlanCacheMode planCacheMode();
    }

    /**
     * How PostgreSQL plans the prepared statements of a connection. {@code FORCE_GENERIC_PLAN} plans each statement once
     * per connection and keeps that plan: planning a page cost about three times running it (1 ms against 0.3 ms). That
     * is safe because the values a plan depends on are written into the statements ({@link SqlParameters}), so a page
     * of "Brussels + skincare" (no listing) has its own plan, which reads an index, and one of "Flanders + food" its
     * own, which walks the newest listings. {@code AUTO} (PostgreSQL's default) plans a statement anew at every
     * execution unless its generic plan looks no dearer; for keyset pages sorted by price it never does.
     * {@code FORCE_CUSTOM_PLAN} always plans anew (src/bench/README.md, findings 4 and 24).
     */
    enum PlanCacheMode {
        AUTO, FORCE_GENERIC_PLAN, FORCE_CUSTOM_PLAN;

        /** The value of the PostgreSQL setting. */
        public String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
