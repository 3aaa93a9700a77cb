package be.catalog.gateway.catalog.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import be.catalog.gateway.catalog.ListingDetails;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;

/**
 * A listing read leaves out the descriptions and certifications only when no field below the query asks for them,
 * however the document asks: directly, by alias, in a named or inline fragment, through an interface.
 */
class SelectedListingDetailsTest {

    private static final String SDL = """
            type Query { listings: Connection listing: Listing node: Node }
            interface Node { id: ID }
            type Connection { edges: [Edge] facets: Facets }
            type Edge { node: Listing }
            type Facets { certifications: [Count] }
            type Count { value: String }
            type Listing implements Node { id: ID description(locale: String): Text certifications: [Certification]
                                           category: Category }
            type Category { code: String description: Text }
            type Text { text: String }
            type Certification { code: String }
            """;

    private final AtomicReference<ListingDetails> selected = new AtomicReference<>();
    private final GraphQL engine = engine();

    @Test
    void aPageThatShowsNeitherReadsNeither() {
        assertThat(details("{ listings { edges { node { id } } } }")).isEqualTo(new ListingDetails(false, false));
    }

    @Test
    void fieldsAskedDirectlyOrByAliasAreRead() {
        assertThat(details("{ listings { edges { node { zh: description(locale: \"ZH_CN\") { text } } } } }"))
                .isEqualTo(new ListingDetails(true, false));
        assertThat(details("{ listing { labels: certifications { code } } }"))
                .isEqualTo(new ListingDetails(false, true));
    }

    @Test
    void fieldsAskedInFragmentsAreRead() {
        assertThat(details("""
                { listings { edges { ...edge } } }
                fragment edge on Edge { node { ...details } }
                fragment details on Listing { description { text } }
                """)).isEqualTo(new ListingDetails(true, false));
        assertThat(details("{ listings { edges { node { ... on Listing { certifications { code } } } } } }"))
                .isEqualTo(new ListingDetails(false, true));
    }

    @Test
    void fieldsAskedThroughAnInterfaceAreRead() {
        assertThat(details("{ node { id ... on Listing { description { text } certifications { code } } } }", "node"))
                .isEqualTo(ListingDetails.ALL);
    }

    @Test
    void namesakesOfOtherTypesDoNotCount() {
        assertThat(details("{ listings { facets { certifications { value } } edges { node { category { description"
                + " { text } } } } } }")).isEqualTo(new ListingDetails(false, false));
    }

    private ListingDetails details(String query) {
        return details(query, query.contains("listings") ? "listings" : "listing");
    }

    private ListingDetails details(String query, String rootField) {
        selected.set(null);
        assertThat(engine.execute(query).getErrors()).isEmpty();
        assertThat(selected.get()).as("the details selected below " + rootField).isNotNull();
        return selected.get();
    }

    private GraphQL engine() {
        DataFetcher<Object> capture = environment -> {
            selected.set(SelectedListingDetails.of(environment));
            return null;
        };
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("listings", capture).dataFetcher("listing", capture)
                        .dataFetcher("node", capture))
                .type("Node", type -> type.typeResolver(environment -> null))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring))
                .build();
    }
}
