package be.catalog.gateway.events;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;
import be.catalog.gateway.catalog.ListingView;
import io.smallrye.mutiny.Uni;

/**
 * One committed change of a listing, as announced by the database (V9 migration). The previous status, region and
 * category serve the filters only. {@code current} is the listing as shoppers see it now, read at most once per change
 * whatever the number of subscribers that select it.
 */
@Type("ListingChange")
@Description("A committed change of a listing. Re-read the listing (or select `listing`) to update a cache.")
public record ListingChange(
        @NonNull ListingChangeKind kind,
        @Id @NonNull @Description("The listing's id, as `Listing.id`") String listingId,
        @NonNull AgencyCode agency,
        @Description("The listing's version after the change; a cache holding this version or a newer one is current")
        @NonNull int version,
        @Description("Status after the change") @NonNull ListingStatus status,
        @Description("Status before the change; null for CREATED") ListingStatus previousStatus,
        @Description("Origin region after the change") @NonNull Region region,
        @Description("Category code after the change") @NonNull String category,
        @Description("When the change was written") @NonNull OffsetDateTime changedAt,
        @Ignore long key,
        @Ignore Region previousRegion,
        @Ignore String previousCategory,
        @Ignore Uni<ListingView> current) {

    /** Whether shoppers may learn of this change: the listing is on sale, or just left it. */
    @Ignore
    public boolean isPublic() {
        return status == ListingStatus.PUBLISHED || previousStatus == ListingStatus.PUBLISHED;
    }
}
