package be.catalog.gateway.audit.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.audit.AuditAction;
import be.catalog.gateway.audit.AuditEntry;
import be.catalog.gateway.audit.Change;
import be.catalog.gateway.audit.repository.AuditEntryRepository;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Records writes. Must be called inside the write's transaction (Panache.withTransaction): the entry is persisted in
 * the same session and committed, or rolled back, with the write itself.
 */
@ApplicationScoped
public class AuditTrail {

    private final AuditEntryRepository entries;

    public AuditTrail(AuditEntryRepository entries) {
        this.entries = entries;
    }

    public Uni<Void> record(Viewer viewer, AgencyCode agency, long listingId, AuditAction action, List<Change> changes) {
        AuditEntry entry = new AuditEntry();
        entry.agency = agency;
        entry.listingId = listingId;
        entry.actor = viewer.subject();
        entry.action = action;
        entry.changes = toJson(changes);
        // PostgreSQL keeps microseconds; truncating keeps keyset cursors built from stored values exact.
        entry.at = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return entries.persist(entry).replaceWithVoid();
    }

    static String toJson(List<Change> changes) {
        JsonObject json = new JsonObject();
        for (Change change : changes) {
            json.put(change.field(), new JsonObject().put("old", jsonValue(change.oldValue()))
                    .put("new", jsonValue(change.newValue())));
        }
        return json.encode();
    }

    private static Object jsonValue(Object value) {
        return value instanceof List<?> list ? new JsonArray(List.copyOf(list)) : value;
    }
}
