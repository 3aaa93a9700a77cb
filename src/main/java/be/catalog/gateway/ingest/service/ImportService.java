package be.catalog.gateway.ingest.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.ingest.ImportCounts;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingService;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.ingest.ImportFormat;
import be.catalog.gateway.ingest.ImportMode;
import be.catalog.gateway.ingest.ImportRejection;
import be.catalog.gateway.ingest.ImportState;
import be.catalog.gateway.ingest.RecordOutcome;
import be.catalog.gateway.ingest.UpsertStatus;
import be.catalog.gateway.ingest.feed.FeedFailure;
import be.catalog.gateway.ingest.feed.FeedMapping;
import be.catalog.gateway.ingest.feed.FeedParser;
import be.catalog.gateway.ingest.feed.FeedRecord;
import be.catalog.gateway.ingest.feed.RecordSplitter;
import be.catalog.gateway.ingest.repository.ImportJobRepository;
import be.catalog.gateway.ops.InstanceIdentity;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Runs a feed import as a job. The file streams through: chunks of bytes → records → batches of
 * {@code catalog.ingest.batch-size} → the upsert of {@code upsertListings}, record by record. A batch is only asked
 * for once the previous one is written, so the file is read at the pace of the database and memory holds one batch,
 * whatever the file's size.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportJobRepository jobs;
    private final BulkUpsert bulk;
    private final ListingService listings;
    private final int batchSize;
    private final InstanceIdentity instance;
    private final ImportStatistics statistics;
    private final ImportMetrics metrics;
    private final int analyzeEvery;

    public ImportService(ImportJobRepository jobs, BulkUpsert bulk, ListingService listings,
            @ConfigProperty(name = "catalog.ingest.batch-size", defaultValue = "200") int batchSize,
            @ConfigProperty(name = "catalog.ingest.analyze-every", defaultValue = "10000") int analyzeEvery,
            InstanceIdentity instance, ImportStatistics statistics, ImportMetrics metrics) {
        this.instance = instance;
        this.metrics = metrics;
        this.statistics = statistics;
        this.analyzeEvery = analyzeEvery;
        this.jobs = jobs;
        this.bulk = bulk;
        this.listings = listings;
        this.batchSize = batchSize;
    }

    /**
     * Creates the job and starts reading {@code body}; answers the job's id once the job is recorded, while its rows
     * are still being written. {@code ended} runs when the job has ended, whatever its outcome. The caller has checked
     * that the viewer acts for {@code agency}.
     */
    public Uni<UUID> start(Viewer viewer, AgencyCode agency, ImportFormat format, ImportMode mode,
            Multi<byte[]> body, Runnable ended) {
        UUID id = UUID.randomUUID();
        return jobs.create(id, agency, viewer.subject(), format, mode, instance.id())
                .onFailure().invoke(ended)
                .invoke(() -> {
                    try {
                        run(id, viewer, agency, format, mode, body, ended);
                    } catch (RuntimeException e) {
                        // the job is recorded: it must end, as FAILED, and free its file
                        fail(id, e).onTermination().invoke(ended)
                                .subscribe().with(ignored -> { }, failure -> LOG.errorf(failure, "import %s", id));
                    }
                })
                .replaceWith(id);
    }

    private void run(UUID id, Viewer viewer, AgencyCode agency, ImportFormat format, ImportMode mode,
            Multi<byte[]> body, Runnable ended) {
        metrics.started();
        boolean fullSync = mode == ImportMode.FULL_SYNC;
        RecordSplitter splitter = FeedParser.splitterFor(format);
        FeedParser parser = FeedParser.of(format);
        AtomicInteger line = new AtomicInteger();
        AtomicInteger rows = new AtomicInteger();
        AtomicInteger rejectionsKept = new AtomicInteger();
        Multi<byte[]> records = Multi.createBy().concatenating().streams(
                body.onItem().transformToIterable(splitter::feed),
                Multi.createFrom().deferred(() -> Multi.createFrom().iterable(splitter.finish())));
        records.onItem().transformToIterable(bytes -> {
                    // blank lines, the CSV header and the XML tail hold no listing
                    FeedRecord record = parser.parse(line.incrementAndGet(), bytes);
                    return record == null ? List.<FeedRecord>of() : List.of(record);
                })
                .group().intoLists().of(batchSize)
                .onItem().transformToUniAndConcatenate(batch -> importBatch(viewer, agency, batch)
                        .call(counts -> fullSync ? jobs.markSeen(id, externalIds(batch)) : Uni.createFrom().voidItem())
                        .call(counts -> {
                            rows.addAndGet(counts.rows());
                            metrics.batch(counts);
                            int kept = rejectionsKept.get();
                            rejectionsKept.addAndGet(Math.min(counts.rejections().size(),
                                    Math.max(0, ImportJobRepository.MAX_REJECTIONS - kept)));
                            return jobs.add(id, counts, kept);
                        })
                        .call(counts -> analyzedAt(rows.get() - counts.rows(), rows.get())
                                ? statistics.refresh() : Uni.createFrom().voidItem()))
                .collect().last()
                .chain(() -> {
                    if (rows.get() == 0 && !parser.sawHeaderOrRecords()) {
                        throw new FeedFailure("EMPTY_FILE", "the file holds no listing");
                    }
                    // only a file read to its end may withdraw what it lacks
                    return fullSync ? withdrawAbsent(id, viewer, agency) : Uni.createFrom().voidItem();
                })
                .chain(() -> jobs.finish(id, ImportState.SUCCEEDED, null, null))
                .invoke(() -> metrics.ended(ImportState.SUCCEEDED, null))
                .onFailure().recoverWithUni(failure -> fail(id, failure))
                .call(() -> fullSync ? jobs.forgetSeen(id) : Uni.createFrom().voidItem())
                .onTermination().invoke(ended)
                .subscribe().with(done -> LOG.infof("import %s of %s finished", id, agency),
                        failure -> LOG.errorf(failure, "import %s: the job could not be closed", id));
    }

    /**
     * Withdraws, page by page, the agency's listings the job has not read, each through the service's own withdrawal
     * (its transaction, version and audit entry); a withdrawn listing no longer matches, so the next page is new.
     */
    private Uni<Void> withdrawAbsent(UUID id, Viewer viewer, AgencyCode agency) {
        return jobs.absentListings(id, agency, batchSize).chain(keys -> keys.isEmpty() ? Uni.createFrom().voidItem()
                : Multi.createFrom().iterable(keys)
                        .onItem().transformToUniAndConcatenate(key -> listings.changeStatus(viewer,
                                GlobalId.encode(ListingView.TYPE, key), null, ListingStatus.WITHDRAWN))
                        .collect().asList()
                        .chain(done -> jobs.addWithdrawn(id, done.size()))
                        .chain(() -> withdrawAbsent(id, viewer, agency)));
    }

    /** After the first batch, and each time the job has read another {@code analyze-every} rows. */
    private boolean analyzedAt(int rowsBefore, int rowsAfter) {
        return rowsBefore == 0 || rowsBefore / analyzeEvery != rowsAfter / analyzeEvery;
    }

    private static List<String> externalIds(List<FeedRecord> batch) {
        return batch.stream().map(record -> record.fields().get(FeedMapping.EXTERNAL_ID))
                .filter(externalId -> externalId != null && !externalId.isBlank())
                .map(String::strip).toList();
    }

    private Uni<Void> fail(UUID id, Throwable failure) {
        if (failure instanceof FeedFailure feed) {
            metrics.ended(ImportState.FAILED, feed.code());
            return jobs.finish(id, ImportState.FAILED, feed.code(), feed.getMessage());
        }
        LOG.errorf(failure, "import %s failed", id);
        metrics.ended(ImportState.FAILED, "INTERNAL_ERROR");
        return jobs.finish(id, ImportState.FAILED, "INTERNAL_ERROR",
                "the import stopped on a fault on our side; send the file again");
    }

    /** Upserts a batch's records one after the other: one Hibernate Reactive session at a time. */
    private Uni<ImportCounts> importBatch(Viewer viewer, AgencyCode agency, List<FeedRecord> batch) {
        return Multi.createFrom().iterable(batch)
                .onItem().transformToUniAndConcatenate(record -> importRecord(viewer, agency, record))
                .collect().asList()
                .map(outcomes -> count(batch, outcomes));
    }

    private Uni<RecordOutcome> importRecord(Viewer viewer, AgencyCode agency, FeedRecord record) {
        if (record.unreadable() != null) {
            return Uni.createFrom().item(new RecordOutcome(record.row(), null, UpsertStatus.REJECTED,
                    null, List.of(record.unreadable())));
        }
        List<Violation> violations = new ArrayList<>();
        ListingInput input = FeedMapping.toInput(agency, record.fields(), violations);
        if (!violations.isEmpty()) {
            return Uni.createFrom().item(new RecordOutcome(record.row(), input.externalId,
                    UpsertStatus.REJECTED, null, violations));
        }
        return bulk.upsertOne(viewer, agency, record.row(), input, "listing");
    }

    private static ImportCounts count(List<FeedRecord> batch, List<RecordOutcome> outcomes) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int rejected = 0;
        List<ImportRejection> rejections = new ArrayList<>();
        for (RecordOutcome outcome : outcomes) {
            switch (outcome.status()) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
                case REJECTED -> {
                    rejected++;
                    for (Violation violation : outcome.errors()) {
                        rejections.add(new ImportRejection(outcome.index(), outcome.externalId(),
                                FeedMapping.feedField(violation.field()), violation.code(), violation.message()));
                    }
                }
            }
        }
        return new ImportCounts(batch.size(), created, updated, unchanged, rejected, rejections);
    }
}
