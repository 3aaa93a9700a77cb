package be.catalog.gateway.ingest.service;

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

    public ImportStatistics(Pool primary) {
        this.primary = primary;
    }

    /**
     * Never fails the import. Without the right to analyze (not the tables' owner) PostgreSQL skips the tables with a
     * warning; a statement that fails (a timeout, a lost connection) is logged, and the next refresh tries again.
     */
    public Uni<Void> refresh() {
        return primary.query(ANALYZE).execute().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("an import could not refresh the tables' statistics: %s", failure.toString());
                    return null;
                });
    }
}
