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

    /** Up to {@code limit} suppliers after {@code after}, by name. */
    public Uni<List<SupplierView>> page(SupplierFilter filter, Cursor after, int limit) {
        List<Object> parameters = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        String agencies = "";
        if (filter != null && filter.agencies != null && !filter.agencies.isEmpty()) {
            parameters.add(filter.agencies.stream().map(Enum::name).toArray(String[]::new));
            agencies = " AND l.agency_code = ANY($" + parameters.size() + ")";
        }
        conditions.add(published(agencies));
        if (filter != null && filter.regions != null && !filter.regions.isEmpty()) {
            parameters.add(filter.regions.stream().map(Enum::name).toArray(String[]::new));
            conditions.add("s.region = ANY($" + parameters.size() + ")");
        }
        if (filter != null && filter.nameContains != null && !filter.nameContains.isBlank()) {
            parameters.add(LikePattern.containing(filter.nameContains.strip()));
            conditions.add("s.name ILIKE $" + parameters.size());
        }
        if (after != null) {
            parameters.add(after.key());
            parameters.add(after.id());
            conditions.add("(s.name, s.id) > ($" + (parameters.size() - 1) + ", $" + parameters.size() + ")");
        }
        parameters.add(limit);
        String sql = "SELECT s.* FROM supplier s WHERE " + String.join(" AND ", conditions)
                + " ORDER BY s.name, s.id LIMIT $" + parameters.size();
        return replica.preparedQuery(sql, Tuple.from(parameters)).map(SupplierReadRepository::toViews);
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
