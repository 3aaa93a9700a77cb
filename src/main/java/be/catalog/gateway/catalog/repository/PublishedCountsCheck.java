package be.catalog.gateway.catalog.repository;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.caching.CachingConfig;
import be.catalog.gateway.common.PeriodicTask;
import be.catalog.gateway.database.ReadPool;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Compares the counts the database keeps (migration V12) with a count of the listings, at start and every
 * {@code catalog.caching.counts-check-interval}, and reports the counts that differ in
 * {@code catalog_published_counts_drift}, with a warning in the log. Why: rows written with triggers off, or a restore
 * that loaded the counts too, leave browses' totals and facets wrong for good, with nothing failing;
 * {@code SELECT recount_published_listings()} sets them right (migration V13's function tells how many differ). The
 * gauge is NaN while no check ends, so that a check that times out (a catalog grown past the statement timeout) is not
 * taken for one that found nothing. Run on the read pool, in one snapshot, so that a write committing meanwhile is
 * never taken for a difference. Every instance checks: across instances, take the maximum.
 */
@ApplicationScoped
public class PublishedCountsCheck {

    static final String DRIFT = "catalog.published.counts.drift";

    private static final Logger LOG = Logger.getLogger(PublishedCountsCheck.class);

    private final ReadPool reads;
    private final Duration interval;
    private final PeriodicTask task;
    /** Counts found differing by the last check; NaN until one has ended, and while checks fail (a timeout included). */
    private volatile double drift = Double.NaN;
    /** Counts found differing by the last check that ended, for the log: it says when they change. */
    private final AtomicLong lastDiffering = new AtomicLong();

    public PublishedCountsCheck(ReadPool reads, Vertx vertx, CachingConfig config, MeterRegistry registry) {
        this.reads = reads;
        this.interval = config.countsCheckInterval();
        this.task = new PeriodicTask(vertx, LOG, "check the counts of published listings kept by the database",
                "catalog_published_counts_drift is NaN until a check ends");
        Gauge.builder(DRIFT, this, check -> check.drift)
                .description("Counts of published listings kept by the database that differ from a count of the"
                        + " listings, at the last check (NaN: none ended); run SELECT recount_published_listings()"
                        + " when above 0")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (interval.toMillis() > 0) {
            task.start(interval, this::check);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        task.stop();
    }

    /** Checks now: the counts that differ. */
    public Uni<Long> check() {
        return reads.preparedQuery("SELECT published_counts_drift() AS differing", Tuple.tuple())
                .map(result -> result.iterator().next().getLong("differing"))
                .invoke(differing -> {
                    drift = differing;
                    long before = lastDiffering.getAndSet(differing);
                    if (differing > 0 && differing != before) {
                        LOG.warnf("%d counts of published listings kept by the database differ from the listings"
                                + " (browses show wrong totals and facets): run SELECT recount_published_listings()",
                                differing);
                    } else if (differing == 0 && before > 0) {
                        LOG.info("the counts of published listings kept by the database match the listings again");
                    }
                })
                .onFailure().invoke(failure -> drift = Double.NaN);
    }
}
