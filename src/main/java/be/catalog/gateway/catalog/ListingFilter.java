package be.catalog.gateway.catalog;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;

@Input("ListingFilter")
@Description("Conditions a listing must all meet. Absent fields do not filter.")
public class ListingFilter {

    @Description("Region the product comes from (any of)")
    public List<Region> regions;
    @Description("Agency that posted the listing (any of)")
    public List<AgencyCode> agencies;
    @Description("Category code; includes its descendant categories")
    public String category;
    @Description("Lowest price in euro, inclusive")
    public BigDecimal minPrice;
    @Description("Highest price in euro, inclusive")
    public BigDecimal maxPrice;
    @Description("Status; anonymous callers only ever see PUBLISHED listings, agencies also their own others")
    public ListingStatus status;
    @Description("Text contained in the title in any locale, case-insensitive")
    public String titleContains;
    @Description("Certification codes the listing must all carry")
    public List<String> certifications;
}
