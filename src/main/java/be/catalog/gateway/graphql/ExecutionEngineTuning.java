package be.catalog.gateway.graphql;

import static graphql.schema.visibility.DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY;

import java.util.List;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.BlockedFields;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

/**
 * Two settings of the graphql-java engine that SmallRye GraphQL 2.17 makes costly for every field of every answer,
 * put right when SmallRye builds the engine (its eventing SPI; no config key, so always on):
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
 * </ul>
 */
public class ExecutionEngineTuning implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        // The builder has no getters: what SmallRye has put into it is read from what it builds.
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
                builder.instrumentation(new ValidationOnly(cache));
            }
        }
        return builder;
    }

    /** SmallRye's document cache, called where it acts: validation (it skips it for documents it has seen). */
    private static final class ValidationOnly extends SimplePerformantInstrumentation {
        private final QueryCache cache;

        ValidationOnly(QueryCache cache) {
            this.cache = cache;
        }

        @Override
        public InstrumentationContext<List<ValidationError>> beginValidation(
                InstrumentationValidationParameters parameters, InstrumentationState state) {
            return cache.beginValidation(parameters, state);
        }
    }
}
