package be.catalog.gateway.agency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.Node;

/** A regional trade agency. Reference data kept by the migrations, read-only through the API. */
@Type("Agency")
@Description("A regional trade agency that posts listings for the SMEs of its region.")
public record Agency(@Id @NonNull String id, @NonNull AgencyCode code, @NonNull String name, @NonNull Region region,
        @NonNull String website) implements Node {

    public static final String TYPE = "Agency";

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }

    public Agency(AgencyCode code, String name, Region region, String website) {
        this(GlobalId.encode(TYPE, code.name()), code, name, region, website);
    }
}
