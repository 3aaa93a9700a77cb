package be.catalog.gateway.ingest.repository;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.ingest.ImportCounts;
import be.catalog.gateway.ingest.ImportFormat;
import be.catalog.gateway.ingest.ImportJobView;
import be.catalog.gateway.ingest.ImportMode;
import be.catalog.gateway.ingest.ImportRejection;
import be.catalog.gateway.ingest.ImportState;
import be.catalog.gateway.graphql.GlobalId;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Import jobs and their first rejections, over the reactive pool. Each statement stands alone (autocommit): a job's
 * progress is visible while it runs, and listing writes keep their own transactions.
 */
@ApplicationScoped
public class ImportJobRepository {

    /** Only the first rejections are kept: enough to fix a feed, bounded whatever the file. */
    public static final int MAX_REJECTIONS = 100;

    private static final String COLUMNS = "id, agency_code, format, mode, state, rows_read, created, updated,"
            + " unchanged, rejected, withdrawn, failure_code, failure, started_at, finished_at";

    private final Pool pool;

    /**
     * The primary, for the reads too: a job is followed while its own batches update it, and a client polling
     * importJob must see counters that only grow, never an older state from a lagging replica.
     */
    public ImportJobRepository(Pool pool) {
        this.pool = pool;
    }

    /** A new RUNNING job, owned by the instance {@code owner}, which runs it. */
    public Uni<Void> create(UUID id, AgencyCode agency, String actor, ImportFormat format, ImportMode mode,
            String owner) {
        return pool.preparedQuery("INSERT INTO import_job (id, agency_code, actor, format, mode, state, started_at,"
                + " owner_instance, heartbeat_at) VALUES ($1, $2, $3, $4, $5, 'RUNNING', now(), $6, now())")
                .execute(Tuple.from(new Object[] { id, agency.name(), actor, format.name(), mode.name(), owner }))
                .replaceWithVoid();
    }

    /** Notes the externalIds a FULL_SYNC import has read. */
    public Uni<Void> markSeen(UUID id, List<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return pool.preparedQuery("INSERT INTO import_seen (job_id, external_id)"
                + " SELECT $1, e FROM unnest($2::text[]) AS e ON CONFLICT DO NOTHING")
                .execute(Tuple.of(id, externalIds.toArray(String[]::new))).replaceWithVoid();
    }

    /** Keys of up to {@code limit} of the agency's listings, not withdrawn, that the job has not read. */
    public Uni<List<Long>> absentListings(UUID id, AgencyCode agency, int limit) {
        return pool.preparedQuery("SELECT l.id FROM listing l WHERE l.agency_code = $2 AND l.status <> 'WITHDRAWN'"
                + " AND NOT EXISTS (SELECT 1 FROM import_seen s WHERE s.job_id = $1 AND s.external_id = l.external_id)"
                + " ORDER BY l.id LIMIT $3")
                .execute(Tuple.of(id, agency.name(), limit))
                .map(rows -> {
                    List<Long> keys = new ArrayList<>();
                    rows.forEach(row -> keys.add(row.getLong("id")));
                    return keys;
                });
    }

    public Uni<Void> addWithdrawn(UUID id, int count) {
        return pool.preparedQuery("UPDATE import_job SET withdrawn = withdrawn + $2 WHERE id = $1")
                .execute(Tuple.of(id, count)).replaceWithVoid();
    }

    /** The seen externalIds only serve the end of the import. */
    public Uni<Void> forgetSeen(UUID id) {
        return pool.preparedQuery("DELETE FROM import_seen WHERE job_id = $1").execute(Tuple.of(id)).replaceWithVoid();
    }

    /** Adds a batch's counters and keeps its rejections while the job has fewer than {@link #MAX_REJECTIONS}. */
    public Uni<Void> add(UUID id, ImportCounts counts, int rejectionsKept) {
        Uni<Void> counters = pool.preparedQuery("UPDATE import_job SET rows_read = rows_read + $2,"
                + " created = created + $3, updated = updated + $4, unchanged = unchanged + $5,"
                + " rejected = rejected + $6, heartbeat_at = now() WHERE id = $1")
                .execute(Tuple.from(new Object[] { id, counts.rows(), counts.created(), counts.updated(),
                        counts.unchanged(), counts.rejected() }))
                .replaceWithVoid();
        List<Tuple> rejections = new ArrayList<>();
        for (ImportRejection r : counts.rejections()) {
            if (rejectionsKept + rejections.size() >= MAX_REJECTIONS) {
                break;
            }
            rejections.add(Tuple.of(id, r.row(), r.externalId(), r.field(), r.code(), r.message()));
        }
        if (rejections.isEmpty()) {
            return counters;
        }
        return counters.chain(() -> pool.preparedQuery("INSERT INTO import_rejection"
                + " (job_id, row_number, external_id, field, code, message) VALUES ($1, $2, $3, $4, $5, $6)")
                .executeBatch(rejections).replaceWithVoid());
    }

    public Uni<Void> finish(UUID id, ImportState state, String failureCode, String failure) {
        return pool.preparedQuery("UPDATE import_job SET state = $2, failure_code = $3, failure = $4,"
                + " finished_at = now() WHERE id = $1")
                .execute(Tuple.of(id, state.name(), failureCode, failure)).replaceWithVoid();
    }

    /** Shows that the RUNNING jobs of instance {@code owner} are still being worked on. */
    public Uni<Integer> heartbeat(String owner) {
        return pool.preparedQuery("UPDATE import_job SET heartbeat_at = now()"
                + " WHERE state = 'RUNNING' AND owner_instance = $1")
                .execute(Tuple.of(owner)).map(rows -> rows.rowCount());
    }

    /**
     * Marks FAILED (INTERRUPTED) the RUNNING jobs, whoever owns them, whose heartbeat is older than {@code staleAfter}:
     * their instance stopped or died. Live jobs of other instances beat more often than that, and are left alone.
     */
    public Uni<Integer> failStale(Duration staleAfter) {
        return pool.preparedQuery("UPDATE import_job SET state = 'FAILED', failure_code = 'INTERRUPTED',"
                + " failure = 'the service stopped during the import; send the file again',"
                + " finished_at = now() WHERE state = 'RUNNING' AND heartbeat_at < now() - make_interval(secs => $1)")
                .execute(Tuple.of((double) staleAfter.toMillis() / 1000)).map(rows -> rows.rowCount())
                .call(count -> count == 0 ? Uni.createFrom().voidItem()
                        : pool.query("DELETE FROM import_seen s USING import_job j"
                                + " WHERE s.job_id = j.id AND j.state <> 'RUNNING'").execute().replaceWithVoid());
    }

    public Uni<ImportJobView> find(UUID id) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM import_job WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : toView(rows.iterator().next()));
    }

    /** The agency's jobs, newest first, after the keyset position when given. */
    public Uni<List<ImportJobView>> page(AgencyCode agency, OffsetDateTime afterAt, UUID afterId, int limit) {
        return pool.preparedQuery("SELECT " + COLUMNS + " FROM import_job WHERE agency_code = $1"
                + " AND ($2::timestamptz IS NULL OR (started_at, id) < ($2, $3)) ORDER BY started_at DESC, id DESC"
                + " LIMIT $4")
                .execute(Tuple.of(agency.name(), afterAt, afterId, limit))
                .map(rows -> {
                    List<ImportJobView> jobs = new ArrayList<>();
                    rows.forEach(row -> jobs.add(toView(row)));
                    return jobs;
                });
    }

    /** The kept rejections of each job, by row. */
    public Uni<Map<UUID, List<ImportRejection>>> rejections(Collection<UUID> jobs) {
        return pool.preparedQuery("SELECT job_id, row_number, external_id, field, code, message"
                + " FROM import_rejection WHERE job_id = ANY($1) ORDER BY job_id, row_number, code")
                .execute(Tuple.of(jobs.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, List<ImportRejection>> byJob = new HashMap<>();
                    rows.forEach(row -> byJob.computeIfAbsent(row.getUUID("job_id"), k -> new ArrayList<>())
                            .add(new ImportRejection(row.getInteger("row_number"), row.getString("external_id"),
                                    row.getString("field"), row.getString("code"), row.getString("message"))));
                    return byJob;
                });
    }

    private static ImportJobView toView(Row row) {
        UUID id = row.getUUID("id");
        OffsetDateTime finished = row.getOffsetDateTime("finished_at");
        return new ImportJobView(GlobalId.encode(ImportJobView.TYPE, id.toString()),
                AgencyCode.valueOf(row.getString("agency_code")), ImportFormat.valueOf(row.getString("format")),
                ImportMode.valueOf(row.getString("mode")), ImportState.valueOf(row.getString("state")),
                row.getInteger("rows_read"), row.getInteger("created"), row.getInteger("updated"),
                row.getInteger("unchanged"), row.getInteger("rejected"), row.getInteger("withdrawn"),
                row.getString("failure_code"), row.getString("failure"),
                row.getOffsetDateTime("started_at").withOffsetSameInstant(ZoneOffset.UTC),
                finished == null ? null : finished.withOffsetSameInstant(ZoneOffset.UTC), id);
    }
}
