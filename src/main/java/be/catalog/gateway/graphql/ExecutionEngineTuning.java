package be.catalog.gateway.graphql;

import static graphql.execution.instrumentation.dataloader.EmptyDataLoaderRegistryInstance.EMPTY_DATALOADER_REGISTRY;
import static graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.ConfigProvider;

import be.catalog.gateway.limits.QueryLimits;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.introspection.Introspection;
import graphql.introspection.IntrospectionDisabledError;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Settings of the graphql-java engine, made when SmallRye builds it (its eventing SPI; no config key, so always on;
 * once per start of the application, before anything is executed). Two of them undo what SmallRye GraphQL 2.17 makes
 * costly for every field of every answer:
 * <ul>
 * <li>Field visibility {@code default} (Quarkus's default) is taken for a pattern of blocked field names, so every
 * field lookup matched {@code <Type>.<field>} against the regular expression "default": 3% of the CPU of a page of
 * listings in a profile (src/bench/README.md, finding 17). It becomes graphql-java's default visibility again when
 * that is what the configuration says; a list of blocked fields is kept as configured.</li>
 * <li>SmallRye's only instrumentation, its document cache, is wrapped in a chain of one, and as a
 * {@code SimpleInstrumentation} it answers every field with contexts to call back: chain and contexts took another
 * 3%. The cache now takes part in validation only, the one step it instruments, through graphql-java's
 * {@link SimplePerformantInstrumentation}, whose per-field steps cost nothing. Other instrumentations (query
 * complexity or depth, federation tracing) keep SmallRye's chain.</li>
 * <li>The same instrumentation runs a document that reaches no batched field ({@link BatchedFields}) without
 * SmallRye's data loaders, so that graphql-java does not track each field of the answer for their dispatch.</li>
 * <li>Introspection as {@code catalog.limits.introspection} says, for every transport: the query limits refuse it
 * over HTTP, and graphql-java's own switch covers what they do not see, the websocket; its refusal gets the limits'
 * code and message. The switch is the JVM's, set at each start (tests start the application several times in one
 * JVM).</li>
 * </ul>
 */
public class ExecutionEngineTuning implements EventingService {

    private static final String INTROSPECTION = "catalog.limits.introspection";

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getters: what SmallRye has put into it is read from what it builds.
        Introspection.enabledJvmWide(ConfigProvider.getConfig()
                .getOptionalValue(INTROSPECTION, Boolean.class).orElse(Boolean.TRUE));
        GraphQL engine = builder.build();
        GraphQLSchema schema = engine.getGraphQLSchema();
        if (schema.getCodeRegistry().getFieldVisibility() instanceof BlockedFields
                && Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
            builder.schema(schema.transformWithoutTypes(s -> s.codeRegistry(
                    schema.getCodeRegistry().transform(r -> r.fieldVisibility(DEFAULT_FIELD_VISIBILITY)))));
        }
        if (engine.getInstrumentation() instanceof ChainedInstrumentation chain) {
            List<Instrumentation> instrumentations = chain.getInstrumentations();
            if (instrumentations.size() == 1 && instrumentations.get(0) instanceof QueryCache cache) {
                builder.instrumentation(new LeanInstrumentation(cache,
                        BatchedFields.in(schema, BatchDataFetcher.class::isInstance)));
            }
        }
        return builder;
    }

    /**
     * SmallRye's document cache, called where it acts: validation (it skips it for documents it has seen); and
     * graphql-java's refusal of introspection, with the code and message the query limits give it over HTTP.
     */
    private static final class LeanInstrumentation extends SimplePerformantInstrumentation {
        private final QueryCache cache;
        private final BatchedFields batchedFields;

        LeanInstrumentation(QueryCache cache, BatchedFields batchedFields) {
            this.cache = cache;
            this.batchedFields = batchedFields;
        }

        /**
         * Without data loaders for a document that reaches no batched field: graphql-java then tracks no field for
         * their dispatch (SmallRye registers them all for every execution).
         */
        @Override
        public ExecutionInput instrumentExecutionInput(ExecutionInput input,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            return batchedFields.mayBeReachedBy(input.getQuery()) ? input
                    : input.transform(unbatched -> unbatched.dataLoaderRegistry(EMPTY_DATALOADER_REGISTRY));
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            return cache.beginValidation(parameters, state);
        }

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().stream().noneMatch(IntrospectionDisabledError.class::isInstance)) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = result.getErrors().stream()
                    .map(error -> error instanceof IntrospectionDisabledError
                            ? GraphqlErrorBuilder.newError().message(QueryLimits.INTROSPECTION_DISABLED_MESSAGE)
                                    .locations(error.getLocations())
                                    .extensions(Map.of("code", QueryLimits.INTROSPECTION_DISABLED)).build()
                            : error)
                    .toList();
            return CompletableFuture.completedFuture(result.transform(refused -> refused.errors(errors)));
        }
    }
}
