package be.catalog.gateway.ingest.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.catalog.ListingInput;
import be.catalog.gateway.catalog.service.ListingService;
import be.catalog.gateway.graphql.ClientError;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.ingest.RecordOutcome;
import be.catalog.gateway.ingest.TooManyRecordsException;
import be.catalog.gateway.ingest.UpsertStatus;
import be.catalog.gateway.security.AgencyAccess;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Upserts many records of one agency. The agency check runs once for the call; then each record is upserted on its
 * own, in its own transaction, one after the other: a Hibernate Reactive session must never serve two records at
 * once, and a bad record must not take the good ones down with it.
 */
@ApplicationScoped
public class BulkUpsert {

    public static final int MAX_RECORDS = 1000;

    private final ListingService listings;
    private final AgencyAccess access;

    public BulkUpsert(ListingService listings, AgencyAccess access) {
        this.listings = listings;
        this.access = access;
    }

    /** Checks the call, then upserts every record; answers one outcome per record, in input order. */
    public Uni<List<RecordOutcome>> upsert(Viewer viewer, AgencyCode agency, List<ListingInput> records) {
        access.requireWriter(viewer, agency);
        if (records.size() > MAX_RECORDS) {
            throw new TooManyRecordsException(records.size(), MAX_RECORDS);
        }
        return Multi.createFrom().range(0, records.size())
                .onItem().transformToUniAndConcatenate(index -> upsertOne(viewer, agency, index, records.get(index),
                        "listings[" + index + "]"))
                .collect().asList();
    }

    /**
     * Upserts one record for an agency whose access the caller has checked; a record the client got wrong comes back
     * REJECTED with its violations, anything else (the database away) fails the call.
     */
    public Uni<RecordOutcome> upsertOne(Viewer viewer, AgencyCode agency, int index, ListingInput record, String path) {
        String externalId = record.externalId == null ? null : record.externalId.strip();
        if (record.agency == null) {
            record.agency = agency;
        } else if (record.agency != agency) {
            return Uni.createFrom().item(rejected(index, externalId, List.of(new Violation(path + ".agency",
                    "AGENCY_MISMATCH", "the record is for " + record.agency + ", the call for " + agency))));
        }
        return Uni.createFrom().deferred(() -> listings.upsert(viewer, record, path))
                .map(outcome -> new RecordOutcome(index, externalId, UpsertStatus.valueOf(outcome.kind().name()),
                        outcome.key(), List.of()))
                .onFailure(ClientError.class)
                .recoverWithItem(failure -> rejected(index, externalId, violations((ClientError) failure, path)));
    }

    private static RecordOutcome rejected(int index, String externalId, List<Violation> errors) {
        return new RecordOutcome(index, externalId, UpsertStatus.REJECTED, null, errors);
    }

    private static List<Violation> violations(ClientError error, String path) {
        if (error instanceof InvalidInputException invalid) {
            return invalid.violations();
        }
        Object field = error.getExtensions().get("field");
        return List.of(new Violation(field == null ? path : field.toString(), error.code(), error.getMessage()));
    }
}
