package be.catalog.gateway.catalog.repository;

import java.util.ArrayList;
import java.util.List;

import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.SalesUnit;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.certification.Certification;
import be.catalog.gateway.common.ColumnPosition;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.supplier.SupplierView;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

/**
 * Where the columns of {@link ListingReadRepository}'s listing SELECT are in one result, found once for all its rows:
 * by name, Vert.x compares the name with each column before it, and a listing has 44 columns (4% of the CPU of a page
 * of 20 in a profile, src/bench/README.md).
 */
record ListingColumns(int id, int externalId, AgencyRepository.Columns agency, SupplierView.Columns supplier,
        CategoryRepository.Columns category, int hsCode, int price, int unit, int stock, int netWeight, int region,
        int status, int createdAt, int updatedAt, int version, int certifications, int rank,
        LocalizedText.Columns title, LocalizedText.Columns description) {

    /** The columns of {@code rows}; null when it has no rows, which then need none. */
    static ListingColumns of(RowSet<Row> rows) {
        return rows.size() == 0 ? null : of(rows.iterator().next());
    }

    static ListingColumns of(Row row) {
        return new ListingColumns(at(row, "id"), at(row, "external_id"), AgencyRepository.Columns.of(row, "agency_"),
                SupplierView.Columns.of(row, "supplier_"), CategoryRepository.Columns.of(row, "category_"),
                at(row, "hs_code"), at(row, "price_eur"), at(row, "unit"), at(row, "stock_quantity"),
                at(row, "net_weight_grams"), at(row, "origin_region"), at(row, "status"), at(row, "created_at"),
                at(row, "updated_at"), at(row, "version"), at(row, "certifications"), at(row, "rank"),
                LocalizedText.Columns.of(row, "title_"), LocalizedText.Columns.of(row, "description_"));
    }

    private static int at(Row row, String name) {
        return ColumnPosition.of(row, name);
    }

    static List<ListingView> readAll(RowSet<Row> rows) {
        List<ListingView> views = new ArrayList<>(rows.size());
        ListingColumns columns = of(rows);
        for (Row row : rows) {
            views.add(columns.read(row));
        }
        return views;
    }

    ListingView read(Row row) {
        long key = row.getLong(id);
        return new ListingView(
                GlobalId.encode(ListingView.TYPE, key),
                row.getString(externalId),
                agency.read(row),
                supplier.read(row),
                category.read(row),
                row.getString(hsCode),
                row.getBigDecimal(price),
                SalesUnit.valueOf(row.getString(unit)),
                row.getInteger(stock),
                row.getInteger(netWeight),
                Region.valueOf(row.getString(region)),
                ListingStatus.valueOf(row.getString(status)),
                row.getOffsetDateTime(createdAt),
                row.getOffsetDateTime(updatedAt),
                row.getInteger(version),
                certifications(row.getJsonArray(certifications)),
                key,
                row.getFloat(rank),
                title.read(row),
                description.read(row));
    }

    private static List<Certification> certifications(JsonArray json) {
        List<Certification> certifications = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            certifications.add(Certification.fromJson(json.getJsonObject(i)));
        }
        return certifications;
    }
}
