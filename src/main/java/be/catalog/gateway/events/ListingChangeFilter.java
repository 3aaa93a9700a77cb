package be.catalog.gateway.events;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;
import be.catalog.gateway.catalog.ListingStatus;

@Input("ListingChangeFilter")
@Description("Which changes a subscription receives. Absent fields do not filter. A change matches a region or"
        + " category filter by its value before or after the change, so a listing that moves out of the filter is"
        + " announced too.")
public class ListingChangeFilter {

    @Description("Agency that posted the listing (any of)")
    public List<AgencyCode> agencies;
    @Description("Region the product comes from (any of)")
    public List<Region> regions;
    @Description("Category code; includes its descendant categories (as they were when the subscription started)")
    public String category;
    @Description("Status of the listing after the change (any of), e.g. [WITHDRAWN] for removals only")
    public List<ListingStatus> statuses;
}
