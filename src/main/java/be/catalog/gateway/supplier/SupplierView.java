package be.catalog.gateway.supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.Region;
import be.catalog.gateway.common.ColumnPosition;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.Node;
import io.vertx.mutiny.sqlclient.Row;

@Type("Supplier")
@Description("The Belgian SME that makes the product.")
public record SupplierView(@Id @NonNull String id, @NonNull String name,
        @Description("Belgian enterprise number (KBO/BCE), 10 digits") @NonNull String enterpriseNumber,
        @NonNull String city, @NonNull Region region, String website, @Ignore long key) implements Node {

    public static final String TYPE = "Supplier";

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    /** Maps the supplier columns of a row, named with {@code prefix} (e.g. {@code supplier_name}). */
    public static SupplierView fromRow(Row row, String prefix) {
        return Columns.of(row, prefix).read(row);
    }

    /** Where the supplier columns are in a result: found once per result (see {@code LocalizedText.Columns}). */
    public record Columns(int id, int name, int enterpriseNumber, int city, int region, int website) {

        public static Columns of(Row row, String prefix) {
            return new Columns(ColumnPosition.of(row, prefix + "id"), ColumnPosition.of(row, prefix + "name"),
                    ColumnPosition.of(row, prefix + "enterprise_number"), ColumnPosition.of(row, prefix + "city"),
                    ColumnPosition.of(row, prefix + "region"), ColumnPosition.of(row, prefix + "website"));
        }

        public SupplierView read(Row row) {
            long key = row.getLong(id);
            return new SupplierView(GlobalId.encode(TYPE, key), row.getString(name), row.getString(enterpriseNumber),
                    row.getString(city), Region.valueOf(row.getString(region)), row.getString(website), key);
        }
    }
}
