package be.catalog.gateway.catalog.repository;

import static be.catalog.gateway.common.ResultColumns.position;

import java.util.ArrayList;
import java.util.List;

import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.SalesUnit;
import be.catalog.gateway.certification.Certification;
import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.i18n.LocalizedText;
import be.catalog.gateway.supplier.SupplierView;
import io.vertx.core.json.JsonArray;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Where the columns of {@link ListingReadRepository}'s listing SELECT are in one result, found once for all its rows
 * ({@link ResultColumns}): a listing had 44 columns, and finding them by name in every row took 4% of the CPU of a
 * page of 20 in a profile (src/bench/README.md).
 */
record ListingColumns(int id, int externalId, int agencyCode, SupplierView.Columns supplier, int categoryCode,
        int hsCode, int price, int unit, int stock, int netWeight, int region,
        int status, int createdAt, int updatedAt, int version, int certifications, int rank,
        LocalizedText.Columns title, LocalizedText.Columns description) {

    /** The descriptions and certifications are optional: a statement may leave them out (catalog/ListingDetails). */
    static ListingColumns of(Row row) {
        return new ListingColumns(position(row, "id"), position(row, "external_id"),
                position(row, "agency_code"), SupplierView.Columns.of(row, "supplier_"),
                position(row, "category_code"), position(row, "hs_code"), position(row, "price_eur"),
                position(row, "unit"), position(row, "stock_quantity"), position(row, "net_weight_grams"),
                position(row, "origin_region"), position(row, "status"), position(row, "created_at"),
                position(row, "updated_at"), position(row, "version"), row.getColumnIndex("certifications"),
                position(row, "rank"), LocalizedText.Columns.of(row, "title_"),
                row.getColumnIndex("description_en") < 0 ? null : LocalizedText.Columns.of(row, "description_"));
    }

    /** The listing of a row, with the agency and category it names as {@code known} has them. */
    ListingView read(Row row, ListingReferences.Known known) {
        long key = row.getLong(id);
        return new ListingView(
                GlobalId.encode(ListingView.TYPE, key),
                row.getString(externalId),
                known.agency(row.getString(agencyCode)),
                supplier.read(row),
                known.category(row.getString(categoryCode)),
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
                certifications < 0 ? null : certifications(row.getJsonArray(certifications)),
                key,
                row.getFloat(rank),
                title.read(row),
                description == null ? null : description.read(row));
    }

    private static List<Certification> certifications(JsonArray json) {
        List<Certification> certifications = new ArrayList<>(json.size());
        for (int i = 0; i < json.size(); i++) {
            certifications.add(Certification.fromJson(json.getJsonObject(i)));
        }
        return certifications;
    }
}
