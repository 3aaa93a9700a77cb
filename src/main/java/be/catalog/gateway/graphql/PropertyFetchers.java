package be.catalog.gateway.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.graphql.execution.datafetcher.PlugableBatchableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Supplies {@link PropertyFetcher} for the plain properties of the output types (a listing's {@code id}, a price's
 * {@code amount}, ...), {@link InMemoryResolverFetcher} for the resolvers marked {@link InMemoryResolver} and
 * {@link DeferredSelectionFetcher} for the other resolvers that return a {@code Uni}, through SmallRye GraphQL's
 * data-fetcher SPI (META-INF/services). Resolvers of other return types keep the fetchers of Quarkus's own service:
 * this one answers null for them, and SmallRye asks the next service. It goes first (priority 0; Quarkus's is 1).
 *
 * <p>SmallRye looks the services up when Quarkus builds the schema, at static init: for a native image that happens
 * while the image is built, where the ServiceLoader sees this file like Quarkus's own (Quarkus switches GraalVM's
 * ServiceLoader support off for the image's run time). The getters the fetchers read are those SmallRye's own
 * fetchers read, which Quarkus registers for reflection.
 */
public class PropertyFetchers implements DataFetcherService {

    /**
     * Per resolver (SmallRye's operation objects are the schema's, compared by identity), its fetcher. SmallRye asks for
     * the fetchers of the batched resolvers anew for every request, to build that request's data loaders: each new
     * fetcher built SmallRye's helpers again (3 of the 86 KB a one-listing page allocated, src/bench/README.md,
     * finding 27). The fetchers hold no state of a request (those SmallRye builds with the schema serve every
     * request), so one per resolver serves all.
     */
    private final Map<Operation, PlugableBatchableDataFetcher<?, ?>> uniFetchers = new ConcurrentHashMap<>();

    @Override
    public Integer getPriority() {
        return 0;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return new PropertyFetcher<>(field, owner);
    }

    @Override
    public PlugableBatchableDataFetcher<?, ?> getUniDataFetcher(Operation operation, Type type) {
        return uniFetchers.computeIfAbsent(operation, resolver -> uniFetcher(resolver, type));
    }

    private static PlugableBatchableDataFetcher<?, ?> uniFetcher(Operation operation, Type type) {
        if (operation.isSourceField()
                && (operation.getExecute() == Execute.DEFAULT || operation.getExecute() == Execute.NON_BLOCKING)) {
            DirectResolverCall direct = DirectResolverCall.of(operation);
            if (direct != null) {
                return new InMemoryResolverFetcher<>(operation, type, direct);
            }
        }
        return new DeferredSelectionFetcher<>(operation, type);
    }
}
