package be.catalog.gateway.catalog.service;

/** What an upsert of one record did to the listing with key {@code key}. */
public record UpsertOutcome(long key, Kind kind) {

    public enum Kind {
        CREATED, UPDATED, UNCHANGED
    }
}
