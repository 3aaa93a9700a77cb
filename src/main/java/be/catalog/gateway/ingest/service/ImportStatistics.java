package be.catalog.gateway.ingest.service;

import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Refreshes PostgreSQL's statistics of the tables an import fills, as PostgreSQL's manual advises after a bulk load.
 *
 * <p>Why: the upsert's statements are prepared once per connection, and the plan PostgreSQL keeps for "the listing
 * with this external id" was made when the table was small; it is only replanned once the table is analyzed. Where
 * autovacuum is off or behind, a first import into an empty catalog kept its sequential scans and slowed down with
 * every row: 43 rows/s at 17,000 rows, 314 rows/s once analyzed (src/bench/README.md). An ANALYZE of these tables
 * samples at most 30,000 rows each, a fraction of a second.
 */
@ApplicationScoped
public class ImportStatistics {

    private static final Logger LOG = Logger.getLogger(ImportStatistics.class);
    private static final String ANALYZE = "ANALYZE listing, listing_certification, audit_entry, supplier";

    private final Pool primary;
    private final AtomicBoolean refused = new AtomicBoolean();

    public ImportStatistics(Pool primary) {
        this.primary = primary;
    }

    /** Never fails the import: without the right to analyze (not the tables' owner) it says so once and goes on. */
    public Uni<Void> refresh() {
        if (refused.get()) {
            return Uni.createFrom().voidItem();
        }
        return primary.query(ANALYZE).execute().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    if (refused.compareAndSet(false, true)) {
                        LOG.warnf("imports cannot refresh the tables' statistics (%s); autovacuum has to", failure);
                    }
                    return null;
                });
    }
}
