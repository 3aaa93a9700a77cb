package be.catalog.gateway.node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import be.catalog.gateway.agency.Agency;
import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.InvalidIdException;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.Node;
import be.catalog.gateway.graphql.ReportsClientErrors;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.security.CurrentViewer;
import be.catalog.gateway.supplier.SupplierDirectory;
import be.catalog.gateway.supplier.SupplierView;
import io.smallrye.mutiny.Uni;

/**
 * Relay object identification. {@code nodes} fetches each type once (one statement per type present), whatever
 * the number of ids, and answers in the order asked, with null where nothing (visible) has that id.
 */
@GraphQLApi
@ReportsClientErrors
public class NodeQueries {

    static final int MAX_IDS = 100;

    private final ListingCatalog listings;
    private final SupplierDirectory suppliers;
    private final AgencyRepository agencies;
    private final CurrentViewer viewer;

    public NodeQueries(ListingCatalog listings, SupplierDirectory suppliers, AgencyRepository agencies,
            CurrentViewer viewer) {
        this.listings = listings;
        this.suppliers = suppliers;
        this.agencies = agencies;
        this.viewer = viewer;
    }

    @Query("node")
    @Description("The listing, supplier or agency with this global id; null when there is none the caller may see.")
    public Uni<Node> node(@Id @NonNull @Name("id") String id) {
        return nodes(List.of(id)).map(found -> found.get(0));
    }

    // ids are typed [String!]!: SmallRye cannot coerce an @Id list argument ("Unknown Scalar Type java.util.List").
    @Query("nodes")
    @Description("The objects with these global ids (at most 100), in the same order; null where there is none.")
    public Uni<@NonNull List<Node>> nodes(@NonNull @Name("ids") List<@NonNull String> ids) {
        if (ids.size() > MAX_IDS) {
            return Uni.createFrom().failure(new InvalidInputException(new Violation("ids", "TOO_MANY_IDS",
                    "at most " + MAX_IDS + " ids, were " + ids.size())));
        }
        Map<String, List<String>> idsByType = new HashMap<>();
        for (String id : ids) {
            idsByType.computeIfAbsent(GlobalId.typeOf(id), type -> new ArrayList<>()).add(id);
        }
        List<Uni<List<? extends Node>>> lookups = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : idsByType.entrySet()) {
            lookups.add(lookup(entry.getKey(), entry.getValue()));
        }
        return Uni.join().all(lookups).andFailFast().map(results -> {
            Map<String, Node> byId = new HashMap<>();
            results.forEach(found -> found.forEach(node -> byId.put(node.getId(), node)));
            return ids.stream().map(byId::get).toList();
        });
    }

    private Uni<List<? extends Node>> lookup(String type, List<String> ids) {
        return switch (type) {
            case ListingView.TYPE -> viewer.get().chain(v -> listings.byKeys(v,
                    ids.stream().map(id -> GlobalId.decode(ListingView.TYPE, id)).toList()));
            case SupplierView.TYPE -> suppliers.byKeys(ids.stream().map(id -> GlobalId.decode(SupplierView.TYPE, id)).toList())
                    .map(found -> found);
            case Agency.TYPE -> agencies.listAll().map(found -> found);
            default -> throw new InvalidIdException(ids.get(0), "node");
        };
    }
}
