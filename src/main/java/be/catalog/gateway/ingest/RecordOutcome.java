package be.catalog.gateway.ingest;

import java.util.List;

import be.catalog.gateway.graphql.Violation;

/**
 * What happened to one record of a bulk upsert or a feed: {@code key} is the listing's database key (null when
 * rejected), {@code errors} the record's violations (empty unless rejected).
 */
public record RecordOutcome(int index, String externalId, UpsertStatus status, Long key, List<Violation> errors) {
}
