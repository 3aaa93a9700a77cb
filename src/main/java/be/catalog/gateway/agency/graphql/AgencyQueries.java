package be.catalog.gateway.agency.graphql;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import be.catalog.gateway.agency.Agency;
import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.graphql.ReportsClientErrors;
import io.smallrye.mutiny.Uni;

@GraphQLApi
@ReportsClientErrors
public class AgencyQueries {

    private final AgencyRepository agencies;

    public AgencyQueries(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Query("agencies")
    @Description("The three regional trade agencies.")
    public Uni<@NonNull List<@NonNull Agency>> agencies() {
        return agencies.listAll();
    }
}
