package be.catalog.gateway.catalog.repository;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.caching.CachingConfig;
import be.catalog.gateway.common.PeriodicTask;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Folds the rows of the counts the database keeps (migration V12) into one per count, at start and every
 * {@code catalog.caching.counts-compaction-interval}. Writers only append to those counts, so that they never wait
 * for each other, and a browse sums what they appended since the last fold: without folds that sum would grow with
 * every write. A fold goes {@value #BATCH_ROWS} rows at a time, each batch well within the statement timeout however
 * long folds could not run, and at most {@value #BATCHES_PER_FOLD} batches per run. One instance folds at a time (the
 * others' folds return at once), on the primary, on a Vert.x timer.
 */
@ApplicationScoped
public class PublishedCountsCompaction {

    private static final Logger LOG = Logger.getLogger(PublishedCountsCompaction.class);
    private static final int BATCH_ROWS = 20_000;
    private static final int BATCHES_PER_FOLD = 50;

    private final Pool primary;
    private final Duration interval;
    private final PeriodicTask task;

    public PublishedCountsCompaction(Pool primary, Vertx vertx, CachingConfig config) {
        this.primary = primary;
        this.interval = config.countsCompactionInterval();
        this.task = new PeriodicTask(vertx, LOG, "fold the published listing counts",
                "browses sum more rows until it can");
    }

    void onStart(@Observes StartupEvent event) {
        task.start(interval, this::compact);
        if (interval.toMillis() <= 0) {
            LOG.warn("catalog.caching.counts-compaction-interval is 0: this instance folds the published listing"
                    + " counts once, at start; unless another instance folds them, every browse sums more rows as"
                    + " writes go on");
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        task.stop();
    }

    /** Folds what there is to fold; false when another connection's fold was running. */
    public Uni<Boolean> compact() {
        return compact(BATCH_ROWS, BATCHES_PER_FOLD);
    }

    /** Up to {@code batches} batches of {@code rows} rows, the next one only while the last one was full. */
    Uni<Boolean> compact(int rows, int batches) {
        return primary.preparedQuery("SELECT compact_published_counts($1) AS folded").execute(Tuple.of(rows))
                .map(result -> result.iterator().next().getInteger("folded"))
                .chain(folded -> folded == null ? Uni.createFrom().item(false)
                        : folded >= rows && batches > 1 ? compact(rows, batches - 1) : Uni.createFrom().item(true));
    }
}
