package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance;
import graphql.introspection.Introspection;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.StaticDataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.visibility.BlockedFields;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import graphql.schema.visibility.GraphqlFieldVisibility;
import org.dataloader.DataLoaderRegistry;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.config.Config;

/**
 * The engine SmallRye builds answers the same, without a regular expression per field nor an instrumentation chain
 * per field. (Field visibility is configured as {@code default} here, as in the application.)
 */
class ExecutionEngineTuningTest {

    private static final String QUERY = "{ agencies }";

    /** The tuning also sets graphql-java's introspection switch, the JVM's: as the other tests expect it. */
    @AfterEach
    void introspectionAsByDefault() {
        Introspection.enabledJvmWide(true);
    }

    @Test
    void theDefaultVisibilityIsGraphqlJavasOwnNotAPatternNamedDefault() {
        assertThat(Config.get().getFieldVisibility()).isEqualTo(Config.FIELD_VISIBILITY_DEFAULT);
        GraphQL engine = tuned(BlockedFields.newBlock().addPattern("default").build());

        assertThat(engine.getGraphQLSchema().getCodeRegistry().getFieldVisibility())
                .isSameAs(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);
        assertThat(engine.execute(QUERY).<Object>getData()).hasToString("{agencies=FIT}");
    }

    @Test
    void theDocumentCacheAloneIsNoLongerAChainCalledForEveryField() {
        GraphQL engine = tuned(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY);

        assertThat(engine.getInstrumentation()).isInstanceOf(SimplePerformantInstrumentation.class);
        assertThat(engine.execute(QUERY).getErrors()).isEmpty();
        assertThat(engine.execute(QUERY).<Object>getData()).as("a document seen before")
                .hasToString("{agencies=FIT}");
    }

    @Test
    void aDocumentThatReachesNoBatchedFieldRunsWithoutDataLoaders() {
        AtomicReference<DataLoaderRegistry> seen = new AtomicReference<>();
        GraphQL engine = tuned(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, environment -> {
            seen.set(environment.getDataLoaderRegistry());
            return "FIT";
        });

        ExecutionResult result = engine.execute(ExecutionInput.newExecutionInput(QUERY)
                .dataLoaderRegistry(new DataLoaderRegistry()).build());

        assertThat(result.<Object>getData()).hasToString("{agencies=FIT}");
        assertThat(seen.get()).isSameAs(EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY);
    }

    private static GraphQL tuned(GraphqlFieldVisibility visibility) {
        return tuned(visibility, new StaticDataFetcher("FIT"));
    }

    /** An engine as SmallRye builds one (its document cache, chained, as document provider too), tuned. */
    private static GraphQL tuned(GraphqlFieldVisibility visibility, DataFetcher<?> agencies) {
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(
                new SchemaParser().parse("type Query { agencies: String }"),
                RuntimeWiring.newRuntimeWiring().fieldVisibility(visibility)
                        .type("Query", type -> type.dataFetcher("agencies", agencies)).build());
        QueryCache cache = new QueryCache();
        GraphQL.Builder builder = GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(cache)))
                .preparsedDocumentProvider(cache);
        return new ExecutionEngineTuning().beforeGraphQLBuild(builder).build();
    }
}
