package be.catalog.gateway.supplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import be.catalog.gateway.agency.Region;

@Input("SupplierInput")
@Description("The SME behind a listing. An existing supplier with the same enterprise number is reused as it is.")
public class SupplierInput {

    @NonNull
    @Description("Belgian enterprise number (KBO/BCE): 10 digits, dots, spaces and a BE prefix allowed")
    public String enterpriseNumber;
    @NonNull
    public String name;
    @NonNull
    public String city;
    @NonNull
    public Region region;
    public String website;
}
