package be.catalog.gateway.catalog.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.catalog.ListingDetails;
import be.catalog.gateway.catalog.ListingEdge;
import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingFacets.FacetCount;
import be.catalog.gateway.catalog.ListingFacets.PriceRangeCount;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.catalog.ListingSort;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.repository.ListingCriteria.Facet;
import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.certification.CertificationRepository;
import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.database.ReadPool;
import be.catalog.gateway.database.SqlParameters;
import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Read side of the catalog: hand-written SQL over the reactive pools, the read replica's for anonymous readers (see
 * {@link #query}). A listing comes back in one row with its supplier and certifications, its agency and category
 * named by code and taken from the reference data kept in memory ({@link ListingReferences}), and a page is one
 * statement with a keyset condition (no OFFSET), so page 200 costs what page 1 costs. Each query takes its own pooled
 * connection, so sibling GraphQL fields can run at once.
 */
@ApplicationScoped
public class ListingReadRepository {

    /**
     * The placeholders: the relevance expression of a text search, or NULL; the descriptions and the certifications'
     * sub-select, each left out unless asked for ({@link ListingDetails}); further columns.
     */
    private static final String SELECT = """
            SELECT %s AS rank, l.id, l.external_id, l.hs_code, l.price_eur, l.unit, l.stock_quantity,
                   l.net_weight_grams, l.origin_region, l.status, l.created_at, l.updated_at, l.version,
                   l.title_en, l.title_fr, l.title_nl, l.title_de, l.title_zh_cn, l.title_zh_tw,%s
                   l.agency_code, l.category_code,
                   s.id AS supplier_id, s.name AS supplier_name, s.enterprise_number AS supplier_enterprise_number,
                   s.city AS supplier_city, s.region AS supplier_region, s.website AS supplier_website%s%s
              FROM listing l
              JOIN supplier s ON s.id = l.supplier_id""";

    private static final String DESCRIPTIONS = "\n       l.description_en, l.description_fr, l.description_nl,"
            + " l.description_de, l.description_zh_cn, l.description_zh_tw,";
    private static final String CERTIFICATIONS = ",\n       " + CertificationRepository.CERTIFICATIONS_OF_LISTING
            + " AS certifications";

    /** The SELECT of every read but a search's, made once: formatting it took 1.5% of a {@code listing(id)}. */
    private static final Map<ListingDetails, String> UNRANKED = Map.of(
            ListingDetails.ALL, format(null, ListingDetails.ALL, ""),
            new ListingDetails(true, false), format(null, new ListingDetails(true, false), ""),
            new ListingDetails(false, true), format(null, new ListingDetails(false, true), ""),
            new ListingDetails(false, false), format(null, new ListingDetails(false, false), ""));

    private final ReadPool replica;
    private final Pool primary;
    private final ListingReferences references;

    public ListingReadRepository(ReadPool replica, Pool primary, AgencyRepository agencies,
            CategoryRepository categories) {
        this.replica = replica;
        this.primary = primary;
        this.references = new ListingReferences(agencies, categories);
    }

    /** The listings among {@code ids} that the viewer may see, in no particular order. */
    public Uni<List<ListingView>> findVisible(Collection<Long> ids, Viewer viewer) {
        return visibleWhere(viewer, ListingDetails.ALL,
                sql -> "l.id = ANY(" + sql.parameter(ids.toArray(Long[]::new)) + ")")
                .chain(rows -> read(rows, viewer, view -> view));
    }

    /**
     * The listing, if it exists and the viewer may see it. {@code l.id = $n}, not {@code = ANY($n)} of one id: for a
     * one-element array PostgreSQL plans the statement anew at every execution (its estimate differs from the generic
     * plan's), which cost more than running it.
     */
    public Uni<ListingView> findVisible(long id, Viewer viewer, ListingDetails details) {
        return visibleWhere(viewer, details, sql -> "l.id = " + sql.parameter(id))
                .chain(rows -> read(rows, viewer, view -> view))
                .map(views -> views.isEmpty() ? null : views.get(0));
    }

    /** The listings the viewer may see among those matching {@code condition}, whose parameters it adds. */
    private Uni<RowSet<Row>> visibleWhere(Viewer viewer, ListingDetails details,
            Function<SqlParameters, String> condition) {
        ListingCriteria criteria = new ListingCriteria(ListingSearch.everything(viewer));
        String sql = select(null, details, "") + criteria.where(condition.apply(criteria.sql));
        return query(viewer, sql, criteria.sql.parameters());
    }

    /**
     * The newest published listings of each supplier, at most {@code perSupplier} each, in one statement. Public
     * listings only, whoever asks: the replica.
     */
    public Uni<Map<Long, List<ListingView>>> publishedBySupplier(Collection<Long> supplierKeys, int perSupplier) {
        String sql = "SELECT * FROM (" + select(null, ListingDetails.ALL, ",\n row_number() OVER (PARTITION BY l.supplier_id"
                + " ORDER BY l.created_at DESC, l.id DESC) AS position")
                + " WHERE l.supplier_id = ANY($1) AND l.status = 'PUBLISHED') page WHERE position <= $2"
                + " ORDER BY supplier_id, position";
        return replica.preparedQuery(sql, Tuple.of(supplierKeys.toArray(Long[]::new), perSupplier))
                .chain(rows -> read(rows, Viewer.ANONYMOUS, view -> view))
                .map(views -> {
                    Map<Long, List<ListingView>> bySupplier = new HashMap<>();
                    for (ListingView view : views) {
                        bySupplier.computeIfAbsent(view.supplier().key(), k -> new ArrayList<>()).add(view);
                    }
                    return bySupplier;
                });
    }

    /** Up to {@code limit} edges after {@code after} in the search's order, with the optional parts in {@code details}. */
    public Uni<List<ListingEdge>> page(ListingSearch search, Cursor after, int limit, ListingDetails details) {
        ListingCriteria criteria = new ListingCriteria(search);
        String rank = criteria.rank;
        String where = after == null ? criteria.where() : criteria.where(keysetAfter(search.sort(), after, criteria, rank));
        // The page size written out, not a parameter: a generic plan takes a parameter LIMIT for a tenth of the rows,
        // so PostgreSQL would plan every page anew (SqlParameters).
        String sql = select(rank, details, "") + where + " ORDER BY " + orderBy(search.sort(), rank)
                + " LIMIT " + limit;
        return query(search.viewer(), sql, criteria.sql.parameters())
                .chain(rows -> read(rows, search.viewer(),
                        view -> new ListingEdge(cursorOf(search.sort(), view).encode(), view)));
    }

    public Uni<Long> count(ListingSearch search) {
        ListingCriteria criteria = new ListingCriteria(search);
        return query(search.viewer(), "SELECT count(*) FROM listing l" + criteria.where(), criteria.sql.parameters())
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * All facet counts in one statement: the rows matching the conditions every facet shares are read once, with a
     * flag per facet filter, and each facet counts the rows that pass the other facets' filters.
     */
    public Uni<ListingFacets> facets(ListingSearch search) {
        ListingCriteria criteria = new ListingCriteria(search);
        String bands = criteria.sql.parameter(FacetCounts.PRICE_BANDS);
        String sql = """
                WITH RECURSIVE tree(ancestor, descendant) AS (
                    SELECT code, code FROM category
                    UNION ALL
                    SELECT tree.ancestor, c.code FROM tree JOIN category c ON c.parent_code = tree.descendant),
                matching AS (
                    SELECT l.id, l.origin_region, l.agency_code, l.category_code,
                           width_bucket(l.price_eur, %s::numeric[]) AS band,
                           %s AS in_region, %s AS in_agency, %s AS in_category, %s AS in_price, %s AS in_certification
                      FROM listing l%s)
                SELECT 'REGION' AS facet, origin_region AS value, count(*) AS n FROM matching
                 WHERE in_agency AND in_category AND in_price AND in_certification GROUP BY origin_region
                UNION ALL
                SELECT 'AGENCY', agency_code, count(*) FROM matching
                 WHERE in_region AND in_category AND in_price AND in_certification GROUP BY agency_code
                UNION ALL
                SELECT 'CATEGORY', tree.ancestor, count(*) FROM matching JOIN tree ON tree.descendant = matching.category_code
                 WHERE in_region AND in_agency AND in_price AND in_certification GROUP BY tree.ancestor
                UNION ALL
                SELECT 'PRICE', band::text, count(*) FROM matching
                 WHERE in_region AND in_agency AND in_category AND in_certification GROUP BY band
                UNION ALL
                SELECT 'CERTIFICATION', lc.certification_code, count(*)
                  FROM matching JOIN listing_certification lc ON lc.listing_id = matching.id
                 WHERE in_region AND in_agency AND in_category AND in_price GROUP BY lc.certification_code"""
                .formatted(bands, criteria.facet(Facet.REGION), criteria.facet(Facet.AGENCY),
                        criteria.facet(Facet.CATEGORY), criteria.facet(Facet.PRICE),
                        criteria.facet(Facet.CERTIFICATION),
                        criteria.base.isEmpty() ? "" : " WHERE " + String.join(" AND ", criteria.base));
        return query(search.viewer(), sql, criteria.sql.parameters()).map(ListingReadRepository::toFacets);
    }

    /**
     * The published catalog counted per region, agency, category and price band, and per certification, with the
     * category tree: what {@link BrowseCounts} sums every public browse's counts from, in one statement. The database
     * keeps these counts as listings change (migration V12), each the sum of the rows writes appended since the last
     * fold ({@link PublishedCountsCompaction}), so this reads a few hundred rows, not the catalog.
     */
    Uni<BrowseCounts> browseCounts() {
        String sql = """
                SELECT 'LISTINGS' AS kind, origin_region AS region, agency_code AS agency, category_code AS category,
                       price_band AS band, NULL::text AS code, sum(listings)::bigint AS n
                  FROM published_listing_count GROUP BY 2, 3, 4, 5 HAVING sum(listings) > 0
                UNION ALL
                SELECT 'CERTIFIED', origin_region, agency_code, category_code, NULL, certification_code,
                       sum(listings)::bigint
                  FROM published_certification_count GROUP BY 2, 3, 4, 6 HAVING sum(listings) > 0
                UNION ALL
                SELECT 'CATEGORY', NULL, NULL, code, NULL, parent_code, 0 FROM category""";
        return replica.preparedQuery(sql, Tuple.tuple()).map(rows -> {
            List<BrowseCounts.Cell> cells = new ArrayList<>();
            List<BrowseCounts.CertifiedCell> certified = new ArrayList<>();
            Map<String, String> parents = new HashMap<>();
            for (Row row : rows) {
                String region = row.getString("region");
                String agency = row.getString("agency");
                String category = row.getString("category");
                int count = row.getLong("n").intValue();
                switch (row.getString("kind")) {
                    case "LISTINGS" -> cells.add(new BrowseCounts.Cell(region, agency, category,
                            row.getInteger("band"), count));
                    case "CERTIFIED" -> certified.add(new BrowseCounts.CertifiedCell(region, agency, category,
                            row.getString("code"), count));
                    default -> parents.put(category, row.getString("code"));
                }
            }
            return new BrowseCounts(cells, certified, parents);
        });
    }

    /**
     * Anonymous readers (storefronts, nearly all the load) read the replica: they already accept answers up to
     * CACHE_MAX_AGE old, so a replica some milliseconds behind changes nothing for them. Signed-in readers (agency
     * staff) read the primary: they look at what they have just written (a mutation reads its listing back, a new
     * draft is not on a lagging replica yet), and they are few.
     */
    private Uni<RowSet<Row>> query(Viewer viewer, String sql, Tuple parameters) {
        return viewer.isAnonymous() ? replica.preparedQuery(sql, parameters)
                : primary.preparedQuery(sql).execute(parameters);
    }

    /** The rows' listings, read for {@code viewer} ({@link #query}), each made into what {@code as} makes of it. */
    private <T> Uni<List<T>> read(RowSet<Row> rows, Viewer viewer, Function<ListingView, T> as) {
        if (rows.size() == 0) {
            return Uni.createFrom().item(List.of());
        }
        ListingColumns columns = ListingColumns.of(rows.iterator().next());
        return references.of(rows, columns.agencyCode(), columns.categoryCode(), !viewer.isAnonymous())
                .map(known -> ResultColumns.map(rows, first -> columns, (found, row) -> as.apply(found.read(row, known))));
    }

    private static ListingFacets toFacets(RowSet<Row> rows) {
        Map<String, Map<String, Integer>> byFacet = new HashMap<>();
        List<PriceRangeCount> prices = new ArrayList<>();
        for (Row row : rows) {
            String facet = row.getString("facet");
            String value = row.getString("value");
            int count = row.getLong("n").intValue();
            if (facet.equals("PRICE")) {
                prices.add(FacetCounts.priceBand(Integer.parseInt(value), count));
            } else {
                byFacet.computeIfAbsent(facet, f -> new HashMap<>()).put(value, count);
            }
        }
        prices.sort((a, b) -> a.from().compareTo(b.from()));
        return new ListingFacets(counts(byFacet, "REGION"), counts(byFacet, "AGENCY"), counts(byFacet, "CATEGORY"),
                counts(byFacet, "CERTIFICATION"), prices);
    }

    private static List<FacetCount> counts(Map<String, Map<String, Integer>> byFacet, String facet) {
        return FacetCounts.byCount(byFacet.getOrDefault(facet, Map.of()));
    }

    private static String select(String rank, ListingDetails details, String moreColumns) {
        return rank == null && moreColumns.isEmpty() ? UNRANKED.get(details) : format(rank, details, moreColumns);
    }

    private static String format(String rank, ListingDetails details, String moreColumns) {
        return SELECT.formatted(rank == null ? "NULL::real" : rank,
                details.descriptions() ? DESCRIPTIONS : "",
                details.certifications() ? CERTIFICATIONS : "",
                moreColumns);
    }

    private static String orderBy(ListingSort sort, String rank) {
        return switch (sort) {
            case RELEVANCE -> rank + " DESC, l.id DESC";
            case NEWEST -> "l.created_at DESC, l.id DESC";
            case PRICE_ASC -> "l.price_eur ASC, l.id ASC";
            case PRICE_DESC -> "l.price_eur DESC, l.id DESC";
        };
    }

    private static String keysetAfter(ListingSort sort, Cursor after, ListingCriteria criteria, String rank) {
        SqlParameters sql = criteria.sql;
        return switch (sort) {
            case RELEVANCE -> "(" + rank + ", l.id) < (" + sql.parameter(number(after, Float::valueOf)) + "::real, "
                    + sql.parameter(after.id()) + ")";
            case NEWEST -> "(l.created_at, l.id) < (" + sql.parameter(timestampOf(after)) + ", "
                    + sql.parameter(after.id()) + ")";
            case PRICE_ASC -> "(l.price_eur, l.id) > (" + sql.parameter(number(after, BigDecimal::new)) + ", "
                    + sql.parameter(after.id()) + ")";
            case PRICE_DESC -> "(l.price_eur, l.id) < (" + sql.parameter(number(after, BigDecimal::new)) + ", "
                    + sql.parameter(after.id()) + ")";
        };
    }

    private static Cursor cursorOf(ListingSort sort, ListingView view) {
        String key = switch (sort) {
            case RELEVANCE -> Float.toString(view.rank());
            case NEWEST -> Long.toString(ChronoUnit.MICROS.between(Instant.EPOCH, view.createdAt().toInstant()));
            case PRICE_ASC, PRICE_DESC -> view.priceEur().toPlainString();
        };
        return new Cursor(sort.name(), key, view.key());
    }

    private static OffsetDateTime timestampOf(Cursor cursor) {
        long micros = number(cursor, Long::valueOf);
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static <T> T number(Cursor cursor, Function<String, T> parse) {
        try {
            return parse.apply(cursor.key());
        } catch (NumberFormatException e) {
            throw new Cursor.InvalidCursorException(cursor.encode());
        }
    }
}
