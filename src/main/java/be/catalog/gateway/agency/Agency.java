package be.catalog.gateway.agency;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A regional trade agency. Reference data kept by the migrations, read-only through the API. */
@Type("Agency")
@Description("A regional trade agency that posts listings for the SMEs of its region.")
public record Agency(@NonNull AgencyCode code, @NonNull String name, @NonNull Region region, @NonNull String website) {
}
