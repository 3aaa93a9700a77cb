package be.catalog.gateway.catalog;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a listing is in its life: only PUBLISHED listings are shown to shoppers.")
public enum ListingStatus {
    @Description("Being prepared by its agency; visible to that agency only")
    DRAFT,
    @Description("On sale, visible to everybody")
    PUBLISHED,
    @Description("Taken off sale by its agency; kept, visible to that agency only")
    WITHDRAWN
}
