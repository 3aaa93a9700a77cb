package be.catalog.gateway.database;

import java.time.Duration;

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
    }
}
