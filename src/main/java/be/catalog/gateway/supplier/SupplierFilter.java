package be.catalog.gateway.supplier;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import be.catalog.gateway.agency.AgencyCode;
import be.catalog.gateway.agency.Region;

@Input("SupplierFilter")
@Description("Conditions a supplier must all meet. Absent fields do not filter.")
public class SupplierFilter {

    @Description("Region of the supplier (any of)")
    public List<Region> regions;
    @Description("Agencies that list the supplier's products (any of)")
    public List<AgencyCode> agencies;
    @Description("Text contained in the name, case-insensitive")
    public String nameContains;
}
