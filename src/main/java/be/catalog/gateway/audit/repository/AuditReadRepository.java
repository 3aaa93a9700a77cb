package be.catalog.gateway.audit.repository;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.audit.AuditAction;
import be.catalog.gateway.audit.AuditEntryView;
import be.catalog.gateway.audit.FieldChange;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.GlobalId;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** Read side of the trail: hand-written SQL over the reactive pool, one statement per page. */
@ApplicationScoped
public class AuditReadRepository {

    private final Pool pool;

    /**
     * The primary, not the replica: staff open the trail to see the write they have just made, which a lagging
     * replica would not show yet; and only agency staff read it, so it adds little to the primary's load.
     */
    public AuditReadRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Entries of the agency, optionally of one listing, newest first, strictly after the keyset position
     * ({@code afterAt}, {@code afterId}) when given; at most {@code limit}.
     */
    public Uni<List<AuditEntryView>> page(AgencyCode agency, Long listingKey, OffsetDateTime afterAt, Long afterId,
            int limit) {
        String sql = """
                SELECT id, agency_code, listing_id, actor, action, changes::text AS changes, at
                  FROM audit_entry
                 WHERE agency_code = $1
                   AND ($2::bigint IS NULL OR listing_id = $2)
                   AND ($3::timestamptz IS NULL OR (at, id) < ($3, $4))
                 ORDER BY at DESC, id DESC
                 LIMIT $5""";
        return pool.preparedQuery(sql).execute(Tuple.from(new Object[] { agency.name(), listingKey, afterAt, afterId, limit }))
                .map(rows -> {
                    List<AuditEntryView> entries = new ArrayList<>();
                    rows.forEach(row -> entries.add(toView(row)));
                    return entries;
                });
    }

    private static AuditEntryView toView(Row row) {
        long id = row.getLong("id");
        return new AuditEntryView(GlobalId.encode(AuditEntryView.TYPE, id),
                GlobalId.encode(ListingView.TYPE, row.getLong("listing_id")),
                AgencyCode.valueOf(row.getString("agency_code")), row.getString("actor"),
                AuditAction.valueOf(row.getString("action")), changes(new JsonObject(row.getString("changes"))),
                row.getOffsetDateTime("at").withOffsetSameInstant(ZoneOffset.UTC), id);
    }

    private static List<FieldChange> changes(JsonObject json) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : json.fieldNames()) {
            JsonObject change = json.getJsonObject(field);
            changes.add(new FieldChange(field, text(change.getValue("old")), text(change.getValue("new"))));
        }
        return changes;
    }

    /** Strings as they are; numbers, booleans and lists as their JSON text. */
    private static String text(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        return value instanceof JsonArray array ? array.encode() : value.toString();
    }
}
