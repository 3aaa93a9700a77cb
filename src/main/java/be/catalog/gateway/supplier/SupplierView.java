package be.catalog.gateway.supplier;

import static be.catalog.gateway.common.ResultColumns.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.Region;
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

    /** Where the supplier columns of a result are, named with {@code prefix} (e.g. {@code supplier_name}). */
    public record Columns(int id, int name, int enterpriseNumber, int city, int region, int website) {

        public static Columns of(Row row, String prefix) {
            return new Columns(position(row, prefix + "id"), position(row, prefix + "name"),
                    position(row, prefix + "enterprise_number"), position(row, prefix + "city"),
                    position(row, prefix + "region"), position(row, prefix + "website"));
        }

        public SupplierView read(Row row) {
            long key = row.getLong(id);
            return new SupplierView(GlobalId.encode(TYPE, key), row.getString(name), row.getString(enterpriseNumber),
                    row.getString(city), Region.valueOf(row.getString(region)), row.getString(website), key);
        }
    }
}
