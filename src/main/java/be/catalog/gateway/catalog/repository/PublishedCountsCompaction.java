package be.catalog.gateway.catalog.repository;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.caching.CachingConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Folds the rows of the counts the database keeps (migration V12) into one per count, every
 * {@code catalog.caching.counts-compaction-interval}. Writers only append to those counts, so that they never wait
 * for each other, and a browse sums what they appended since the last fold: without folds that sum would grow with
 * every write. One instance folds at a time (the others' folds return at once), on the primary, on a Vert.x timer.
 */
@ApplicationScoped
public class PublishedCountsCompaction {

    private static final Logger LOG = Logger.getLogger(PublishedCountsCompaction.class);

    private final Pool primary;
    private final Vertx vertx;
    private final Duration interval;
    private long timer = -1;
    /** Whether the last fold failed: a database that is down is reported once, not every few seconds. */
    private volatile boolean failing;

    public PublishedCountsCompaction(Pool primary, Vertx vertx, CachingConfig config) {
        this.primary = primary;
        this.vertx = vertx;
        this.interval = config.countsCompactionInterval();
    }

    void onStart(@Observes StartupEvent event) {
        if (interval.toMillis() > 0) {
            timer = vertx.setPeriodic(interval.toMillis(), id -> run());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** One fold; false when another connection's was running. */
    public Uni<Boolean> compact() {
        return primary.query("SELECT compact_published_counts() AS folded").execute()
                .map(rows -> rows.iterator().next().getBoolean("folded"));
    }

    private void run() {
        compact().subscribe().with(folded -> {
            if (failing) {
                failing = false;
                LOG.info("the published listing counts are folded again");
            }
        }, failure -> {
            if (!failing) {
                failing = true;
                LOG.warnf("could not fold the published listing counts (browses sum more rows until it can): %s",
                        failure.toString());
            }
        });
    }
}
