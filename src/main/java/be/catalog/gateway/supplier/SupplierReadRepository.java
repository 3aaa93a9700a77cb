package be.catalog.gateway.supplier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.LikePattern;
import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.database.ReadPool;
import be.catalog.gateway.database.SqlParameters;
import be.catalog.gateway.graphql.Cursor;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Suppliers as the public sees them: those with at least one published listing, ordered by name. A supplier posted by
 * several agencies is one row, since suppliers are keyed by their enterprise number.
 */
@ApplicationScoped
public class SupplierReadRepository {

    static final String SORT = "NAME";

    private final ReadPool replica;

    /** Only what the public sees, whoever asks, so the replica: a lag of milliseconds is below CACHE_MAX_AGE. */
    public SupplierReadRepository(ReadPool replica) {
        this.replica = replica;
    }

    public Uni<List<SupplierView>> findPublic(Collection<Long> keys) {
        return replica.preparedQuery("SELECT s.* FROM supplier s WHERE s.id = ANY($1) AND " + published(""),
                Tuple.of(keys.toArray(Long[]::new)))
                .map(SupplierReadRepository::toViews);
    }

    /** Up to {@code limit} suppliers after {@code after}, by name. The filter's values are written out (SqlParameters). */
    public Uni<List<SupplierView>> page(SupplierFilter filter, Cursor after, int limit) {
        SqlParameters sql = new SqlParameters();
        List<String> conditions = new ArrayList<>();
        String agencies = "";
        if (filter != null && filter.agencies != null && !filter.agencies.isEmpty()) {
            agencies = " AND l.agency_code = ANY(" + sql.literal(filter.agencies) + ")";
        }
        conditions.add(published(agencies));
        if (filter != null && filter.regions != null && !filter.regions.isEmpty()) {
            conditions.add("s.region = ANY(" + sql.literal(filter.regions) + ")");
        }
        if (filter != null && filter.nameContains != null && !filter.nameContains.isBlank()) {
            conditions.add("s.name ILIKE " + sql.parameter(LikePattern.containing(filter.nameContains.strip())));
        }
        if (after != null) {
            conditions.add("(s.name, s.id) > (" + sql.parameter(after.key()) + ", " + sql.parameter(after.id()) + ")");
        }
        String statement = "SELECT s.* FROM supplier s WHERE " + String.join(" AND ", conditions)
                + " ORDER BY s.name, s.id LIMIT " + limit;
        return replica.preparedQuery(statement, sql.parameters()).map(SupplierReadRepository::toViews);
    }

    /** Number of published listings per supplier key, in one statement for a whole page of suppliers. */
    public Uni<Map<Long, Integer>> publishedListingCounts(Collection<Long> keys) {
        return replica.preparedQuery("SELECT supplier_id, count(*) AS n FROM listing"
                + " WHERE supplier_id = ANY($1) AND status = 'PUBLISHED' GROUP BY supplier_id",
                Tuple.of(keys.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put(row.getLong("supplier_id"), row.getLong("n").intValue()));
                    return counts;
                });
    }

    public static Cursor cursorOf(SupplierView supplier) {
        return new Cursor(SORT, supplier.name(), supplier.key());
    }

    private static String published(String andAgency) {
        return "EXISTS (SELECT 1 FROM listing l WHERE l.supplier_id = s.id AND l.status = 'PUBLISHED'" + andAgency + ")";
    }

    private static List<SupplierView> toViews(Iterable<Row> rows) {
        return ResultColumns.map(rows, row -> SupplierView.Columns.of(row, ""), SupplierView.Columns::read);
    }
}
