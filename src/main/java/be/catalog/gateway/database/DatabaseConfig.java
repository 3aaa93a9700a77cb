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
     * How PostgreSQL plans the prepared statements of a connection. With {@code AUTO} (PostgreSQL's default) a
     * statement whose parameters change its estimates is planned anew at every execution, for its values: a page of
     * "Brussels + skincare" (no listing) reads an index, one of "Flanders + food" walks the newest listings first.
     * {@code FORCE_GENERIC_PLAN} plans each statement once per connection; planning a page costs about as much as
     * running it (1 to 2 ms against 0.2 to 0.7 ms), but a generic plan cannot tell a rare filter from a common one and
     * walked the whole catalog for the rare ones (src/bench/README.md).
     */
    enum PlanCacheMode {
        AUTO, FORCE_GENERIC_PLAN, FORCE_CUSTOM_PLAN;

        /** The value of the PostgreSQL setting. */
        public String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
