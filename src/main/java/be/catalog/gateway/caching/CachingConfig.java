package be.catalog.gateway.caching;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Public read caching: HTTP caching of anonymous GET queries, the answers and counts kept in memory, and the store of
 * persisted queries.
 */
@ConfigMapping(prefix = "catalog.caching")
public interface CachingConfig {

    /**
     * How long browsers and CDNs may serve an anonymous GET query's answer without asking again: also the longest a
     * changed listing may be served stale.
     */
    @WithDefault("30S")
    Duration maxAge();

    /**
     * How long the totalCount and facet counts of a public search are shared by the requests of this instance; zero
     * turns the sharing off.
     */
    @WithDefault("30S")
    Duration countsTtl();

    /** Distinct public searches whose counts are kept, least recently used dropped first. */
    @WithDefault("2000")
    int countsCapacity();

    /**
     * How often this instance folds the rows that writes append to the counts the database keeps into one per count
     * (catalog/repository/PublishedCountsCompaction); zero folds once, at start, and warns.
     */
    @WithDefault("10S")
    Duration countsCompactionInterval();

    /**
     * How often this instance compares the counts the database keeps with a count of the listings
     * (catalog/repository/PublishedCountsCheck, metric {@code catalog_published_counts_drift}); each check reads the
     * published listings twice (migration V13), on the read pool. Zero never checks.
     */
    @WithDefault("10M")
    Duration countsCheckInterval();

    /**
     * Whether anonymous GET answers get Cache-Control and ETag ({@link CacheHeadersHook}); read by SmallRye GraphQL
     * when it starts, so it is also set in application.properties.
     */
    @WithDefault("true")
    boolean httpValidators();

    /**
     * How long this instance answers a repeated anonymous query from memory ({@link AnswerCache}); zero turns it off.
     * A write on this instance, and every listing change heard from the database, drops all answers at once.
     */
    @WithDefault("5S")
    Duration answersTtl();

    /** Memory the answers kept by {@link AnswerCache} may take, their requests included. */
    @WithDefault("4M")
    MemorySize answersMemory();

    /** Persisted queries kept in memory, least recently used dropped first. */
    @WithDefault("1000")
    int persistedQueries();
}
