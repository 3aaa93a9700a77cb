package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.StaticDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;

/**
 * Whether a document may reach a field that a data loader resolves: through the schema's types, whatever the field's
 * name, through fragments and interfaces; what cannot be told counts as reaching one.
 */
class BatchedFieldsTest {

    private static final String SDL = """
            interface Node { id: ID! }
            union Result = Listing | Supplier
            type Query { listings: [Listing] node(id: ID!): Node suppliers: [Supplier] search: [Result] }
            type Mutation { renameSupplier(name: String): Supplier }
            type Subscription { listingChanged: Listing }
            type Listing implements Node { id: ID! title: String supplier: Supplier }
            type Supplier implements Node { id: ID! name: String listings: [Listing] listingCount: Int }
            """;

    /** The marker of this schema's batched fields: a supplier's listings and their count. */
    private static final class Batched extends StaticDataFetcher {
        Batched() {
            super(null);
        }
    }

    private final BatchedFields fields = BatchedFields.in(schema(), Batched.class::isInstance);

    @Test
    void aPageOfListingsWithTheirSupplierReachesNone() {
        assertThat(fields.mayBeReachedBy("{ listings { id title supplier { name } } }")).isFalse();
    }

    @Test
    void aSuppliersListingsAreReachedWhateverTheDepth() {
        assertThat(fields.mayBeReachedBy("{ suppliers { listings { id } } }")).isTrue();
        assertThat(fields.mayBeReachedBy("{ listings { supplier { listingCount } } }")).isTrue();
    }

    @Test
    void anInterfaceStandsForEachOfItsTypesAndAFragmentNarrowsIt() {
        assertThat(fields.mayBeReachedBy("{ node(id: 1) { ... on Supplier { listings { id } } } }")).isTrue();
        assertThat(fields.mayBeReachedBy("{ node(id: 1) { ... on Listing { title supplier { name } } } }")).isFalse();
        assertThat(fields.mayBeReachedBy("{ node(id: 1) { id ... on Node { id } } }")).isFalse();
    }

    @Test
    void aUnionStandsForEachOfItsTypes() {
        assertThat(fields.mayBeReachedBy("{ search { ... on Supplier { listingCount } } }")).isTrue();
        assertThat(fields.mayBeReachedBy("{ search { __typename ... on Listing { title } } }")).isFalse();
    }

    @Test
    void mutationsAndSubscriptionsAreWalkedFromTheirOwnRoots() {
        assertThat(fields.mayBeReachedBy("mutation { renameSupplier(name: \"x\") { listings { id } } }")).isTrue();
        assertThat(fields.mayBeReachedBy("subscription { listingChanged { supplier { listingCount } } }")).isTrue();
        assertThat(fields.mayBeReachedBy("subscription { listingChanged { supplier { name } } }")).isFalse();
        assertThat(fields.mayBeReachedBy("query A { listings { id } } query B { suppliers { listings { id } } }"))
                .as("any of the document's operations").isTrue();
    }

    @Test
    void aFragmentSpreadIsWalkedOnEachTypeItIsSpreadOn() {
        String document = """
                query { listings { ...names supplier { ...names } } }
                fragment names on Node { ... on Listing { title } ... on Supplier { name listingCount } }""";
        assertThat(fields.mayBeReachedBy(document)).isTrue();
        assertThat(fields.mayBeReachedBy("query { listings { ...names } } fragment names on Node { id }")).isFalse();
    }

    @Test
    void aFragmentCycleEnds() {
        assertThat(fields.mayBeReachedBy("""
                { listings { ...a } } fragment a on Listing { ...b } fragment b on Listing { ...a title }""")).isFalse();
    }

    @Test
    void whatCannotBeToldCountsAsReachingOne() {
        assertThat(fields.mayBeReachedBy("{ listings { ")).isTrue();
        assertThat(fields.mayBeReachedBy("{ listings { ...unknown } }")).isTrue();
        assertThat(fields.mayBeReachedBy(null)).isTrue();
        assertThat(fields.mayBeReachedBy("{ listings { id } }" + " ".repeat(5_000))).isTrue();
    }

    @Test
    void aSchemaWithoutBatchedFieldsNeverHasOneReached() {
        BatchedFields none = BatchedFields.in(schema(), fetcher -> false);

        assertThat(none.mayBeReachedBy("{ suppliers { listings { id } } }")).isFalse();
        assertThat(none.mayBeReachedBy("{ listings { ")).isFalse();
    }

    private static GraphQLSchema schema() {
        DataFetcher<?> batched = new Batched();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring()
                        .type(TypeRuntimeWiring.newTypeWiring("Node").typeResolver(env -> null))
                        .type(TypeRuntimeWiring.newTypeWiring("Result").typeResolver(env -> null))
                        .type("Supplier", type -> type.dataFetcher("listings", batched)
                                .dataFetcher("listingCount", batched))
                        .build());
    }
}
