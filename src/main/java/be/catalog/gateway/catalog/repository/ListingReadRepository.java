package be.catalog.gateway.catalog.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingEdge;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.catalog.ListingSort;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.SalesUnit;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.security.Viewer;
import be.catalog.gateway.supplier.SupplierView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Read side of the catalog: hand-written SQL over the reactive pool. A listing comes back in one row with its agency,
 * supplier and category, and a page is one statement with a keyset condition (no OFFSET), so page 200 costs what page
 * 1 costs. Each query takes its own pooled connection, so sibling GraphQL fields can run at the same time.
 */
@ApplicationScoped
public class ListingReadRepository {

    private static final String SELECT = """
            SELECT l.id, l.external_id, l.hs_code, l.price_eur, l.unit, l.stock_quantity, l.net_weight_grams,
                   l.origin_region, l.status, l.created_at, l.updated_at, l.version,
                   l.title_en, l.title_fr, l.title_nl, l.title_de, l.title_zh_cn,
                   l.description_en, l.description_fr, l.description_nl, l.description_de, l.description_zh_cn,
                   a.code AS agency_code, a.name AS agency_name, a.region AS agency_region, a.website AS agency_website,
                   s.id AS supplier_id, s.name AS supplier_name, s.enterprise_number AS supplier_enterprise_number,
                   s.city AS supplier_city, s.region AS supplier_region, s.website AS supplier_website,
                   c.code AS category_code, c.parent_code AS category_parent_code, c.name_en AS category_name_en,
                   c.name_fr AS category_name_fr, c.name_nl AS category_name_nl, c.name_de AS category_name_de,
                   c.name_zh_cn AS category_name_zh_cn
              FROM listing l
              JOIN agency a ON a.code = l.agency_code
              JOIN supplier s ON s.id = l.supplier_id
              JOIN category c ON c.code = l.category_code""";

    private static final String CATEGORY_AND_DESCENDANTS = """
            l.category_code IN (WITH RECURSIVE tree(code) AS (
                SELECT code FROM category WHERE code = %s
                UNION ALL
                SELECT child.code FROM category child JOIN tree ON child.parent_code = tree.code)
              SELECT code FROM tree)""";

    private final Pool pool;

    public ListingReadRepository(Pool pool) {
        this.pool = pool;
    }

    /** The listing, if it exists and the viewer may see it. */
    public Uni<ListingView> findVisible(long id, Viewer viewer) {
        SqlConditions conditions = new SqlConditions();
        conditions.add("l.id = " + conditions.parameter(id));
        visibleTo(viewer, conditions);
        return pool.preparedQuery(SELECT + conditions.where()).execute(conditions.parameters())
                .map(rows -> rows.iterator().hasNext() ? toView(rows.iterator().next()) : null);
    }

    /** Up to {@code limit} edges after {@code after} in the search's order. */
    public Uni<List<ListingEdge>> page(ListingSearch search, Cursor after, int limit) {
        SqlConditions conditions = matching(search);
        if (after != null) {
            conditions.add(keysetAfter(search.sort(), after, conditions));
        }
        String sql = SELECT + conditions.where() + " ORDER BY " + orderBy(search.sort())
                + " LIMIT " + conditions.parameter(limit);
        return pool.preparedQuery(sql).execute(conditions.parameters())
                .map(rows -> {
                    List<ListingEdge> edges = new ArrayList<>(limit);
                    for (Row row : rows) {
                        ListingView view = toView(row);
                        edges.add(new ListingEdge(cursorOf(search.sort(), view).encode(), view));
                    }
                    return edges;
                });
    }

    public Uni<Long> count(ListingSearch search) {
        SqlConditions conditions = matching(search);
        return pool.preparedQuery("SELECT count(*) FROM listing l" + conditions.where())
                .execute(conditions.parameters())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    private static SqlConditions matching(ListingSearch search) {
        SqlConditions conditions = new SqlConditions();
        visibleTo(search.viewer(), conditions);
        ListingFilter filter = search.filter();
        if (filter.regions != null && !filter.regions.isEmpty()) {
            conditions.add("l.origin_region = ANY(" + conditions.parameter(names(filter.regions)) + ")");
        }
        if (filter.agencies != null && !filter.agencies.isEmpty()) {
            conditions.add("l.agency_code = ANY(" + conditions.parameter(names(filter.agencies)) + ")");
        }
        if (filter.category != null) {
            conditions.add(CATEGORY_AND_DESCENDANTS.formatted(conditions.parameter(filter.category)));
        }
        if (filter.minPrice != null) {
            conditions.add("l.price_eur >= " + conditions.parameter(filter.minPrice));
        }
        if (filter.maxPrice != null) {
            conditions.add("l.price_eur <= " + conditions.parameter(filter.maxPrice));
        }
        if (filter.status != null) {
            conditions.add("l.status = " + conditions.parameter(filter.status.name()));
        }
        if (filter.titleContains != null && !filter.titleContains.isBlank()) {
            String pattern = conditions.parameter("%" + escapeLike(filter.titleContains.strip()) + "%");
            conditions.add(("(l.title_en ILIKE %1$s OR l.title_fr ILIKE %1$s OR l.title_nl ILIKE %1$s"
                    + " OR l.title_de ILIKE %1$s OR l.title_zh_cn ILIKE %1$s)").formatted(pattern));
        }
        return conditions;
    }

    /** Everybody sees published listings; an agency also sees its own drafts and withdrawn listings. */
    private static void visibleTo(Viewer viewer, SqlConditions conditions) {
        if (viewer.agencies().isEmpty()) {
            conditions.add("l.status = 'PUBLISHED'");
        } else {
            conditions.add("(l.status = 'PUBLISHED' OR l.agency_code = ANY("
                    + conditions.parameter(names(viewer.agencies())) + "))");
        }
    }

    private static String orderBy(ListingSort sort) {
        return switch (sort) {
            case NEWEST -> "l.created_at DESC, l.id DESC";
            case PRICE_ASC -> "l.price_eur ASC, l.id ASC";
            case PRICE_DESC -> "l.price_eur DESC, l.id DESC";
        };
    }

    private static String keysetAfter(ListingSort sort, Cursor after, SqlConditions conditions) {
        return switch (sort) {
            case NEWEST -> "(l.created_at, l.id) < (" + conditions.parameter(timestampOf(after)) + ", "
                    + conditions.parameter(after.id()) + ")";
            case PRICE_ASC -> "(l.price_eur, l.id) > (" + conditions.parameter(priceOf(after)) + ", "
                    + conditions.parameter(after.id()) + ")";
            case PRICE_DESC -> "(l.price_eur, l.id) < (" + conditions.parameter(priceOf(after)) + ", "
                    + conditions.parameter(after.id()) + ")";
        };
    }

    private static Cursor cursorOf(ListingSort sort, ListingView view) {
        String key = switch (sort) {
            case NEWEST -> Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, view.createdAt().toInstant()));
            case PRICE_ASC, PRICE_DESC -> view.priceEur().toPlainString();
        };
        return new Cursor(sort.name(), key, view.key());
    }

    private static OffsetDateTime timestampOf(Cursor cursor) {
        try {
            return Instant.EPOCH.plus(Long.parseLong(cursor.key()), ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException(cursor.encode());
        }
    }

    private static BigDecimal priceOf(Cursor cursor) {
        try {
            return new BigDecimal(cursor.key());
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException(cursor.encode());
        }
    }

    private static ListingView toView(Row row) {
        long id = row.getLong("id");
        return new ListingView(
                GlobalId.encode(ListingView.TYPE, id),
                row.getString("external_id"),
                AgencyRepository.fromRow(row, "agency_"),
                SupplierView.fromRow(row, "supplier_"),
                CategoryRepository.fromRow(row, "category_"),
                row.getString("hs_code"),
                row.getBigDecimal("price_eur"),
                SalesUnit.valueOf(row.getString("unit")),
                row.getInteger("stock_quantity"),
                row.getInteger("net_weight_grams"),
                Region.valueOf(row.getString("origin_region")),
                ListingStatus.valueOf(row.getString("status")),
                row.getOffsetDateTime("created_at"),
                row.getOffsetDateTime("updated_at"),
                row.getInteger("version"),
                id,
                localized(row, "title_"),
                localized(row, "description_"));
    }

    private static LocalizedText localized(Row row, String prefix) {
        return new LocalizedText(row.getString(prefix + "en"), row.getString(prefix + "fr"),
                row.getString(prefix + "nl"), row.getString(prefix + "de"), row.getString(prefix + "zh_cn"));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static String[] names(Iterable<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(value -> names.add(value.name()));
        return names.toArray(String[]::new);
    }
}
