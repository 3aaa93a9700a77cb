package be.catalog.gateway.supplier;

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

    /** Maps the supplier columns of a row, named with {@code prefix} (e.g. {@code supplier_name}). */
    public static SupplierView fromRow(Row row, String prefix) {
        long key = row.getLong(prefix + "id");
        return new SupplierView(GlobalId.encode(TYPE, key), row.getString(prefix + "name"),
                row.getString(prefix + "enterprise_number"), row.getString(prefix + "city"),
                Region.valueOf(row.getString(prefix + "region")), row.getString(prefix + "website"), key);
    }
}
