package be.catalog.gateway.ingest;

import java.util.List;

/** What one batch of a feed did, added to its job's counters; {@code rejections} are those of the batch. */
public record ImportCounts(int rows, int created, int updated, int unchanged, int rejected,
        List<ImportRejection> rejections) {
}
