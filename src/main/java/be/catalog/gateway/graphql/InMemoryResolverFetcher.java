package be.catalog.gateway.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.RequestContextHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;

/**
 * The fetcher of an {@link InMemoryResolver}: calls the resolver directly ({@link DirectResolverCall}) and returns its
 * item as soon as the returned {@code Uni} has it, without SmallRye's context, timer and CompletionStage. Any other
 * outcome (a failure, an exception, an item that is not there yet, an argument only SmallRye can convert) goes to the
 * usual fetcher, which calls the resolver again through SmallRye's argument conversion and bean invocation, so that
 * its interceptors (error translation, metrics) and error reporting apply as for any resolver.
 */
final class InMemoryResolverFetcher<K, T> extends DeferredSelectionFetcher<K, T> {

    private final DirectResolverCall direct;

    InMemoryResolverFetcher(Operation operation, Type type, DirectResolverCall direct) {
        super(operation, type);
        this.direct = direct;
    }

    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object item = call(environment);
        if (item != DirectResolverCall.NO_ITEM) {
            @SuppressWarnings("unchecked")
            T result = (T) DataFetcherResult.newResult()
                    .data(fieldHelper.transformOrAdaptResponse(item, environment))
                    .localContext(environment.getGraphQlContext())
                    .build();
            return result;
        }
        return super.get(environment);
    }

    private Object call(DataFetchingEnvironment environment) {
        // Resolvers below the root run in the callbacks of database reads, where Quarkus's fetchers re-activate the
        // request's context from the GraphQL context (RequestLocale reads the request's headers): so does this one.
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        RequestContextHelper.reactivate(requestContext, environment);
        try {
            return direct.call(environment);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }
}
