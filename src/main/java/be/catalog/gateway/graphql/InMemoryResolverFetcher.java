package be.catalog.gateway.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.QuarkusUniDataFetcher;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.RequestContextHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * The fetcher of an {@link InMemoryResolver}: calls the resolver through SmallRye's own argument conversion and bean
 * invocation (so interceptors apply as usual), and returns its item as soon as the returned {@code Uni} has it,
 * without SmallRye's context, timer and CompletionStage. Anything else (a failure, an exception, an item that is not
 * there yet) is handed to Quarkus's fetcher, which calls the resolver again and reports errors the usual way.
 */
final class InMemoryResolverFetcher<K, T> extends QuarkusUniDataFetcher<K, T> {

    InMemoryResolverFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        ImmediateItem immediate = immediateItem(environment);
        if (immediate == null || !immediate.arrived) {
            return super.get(environment);
        }
        @SuppressWarnings("unchecked")
        T result = (T) DataFetcherResult.newResult()
                .data(fieldHelper.transformOrAdaptResponse(immediate.item, environment))
                .localContext(environment.getGraphQlContext())
                .build();
        return result;
    }

    /** The resolver's item if its Uni emitted it during subscription; null when the resolver threw. */
    private ImmediateItem immediateItem(DataFetchingEnvironment environment) {
        // Resolvers below the root run in the callbacks of database reads, where Quarkus's fetchers re-activate the
        // request's context from the GraphQL context (RequestLocale reads the request's headers): so does this one.
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        RequestContextHelper.reactivate(requestContext, environment);
        try {
            Object[] arguments = argumentHelper.getArguments(environment).toArray();
            ImmediateItem immediate = new ImmediateItem();
            ((Uni<?>) operationInvoker.invoke(arguments)).subscribe().withSubscriber(immediate);
            immediate.cancelIfPending();
            return immediate;
        } catch (Exception e) {
            return null;
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    private static final class ImmediateItem implements UniSubscriber<Object> {
        private UniSubscription subscription;
        private boolean arrived;
        private boolean ended;
        private Object item;

        @Override
        public void onSubscribe(UniSubscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public void onItem(Object item) {
            this.item = item;
            arrived = true;
            ended = true;
        }

        @Override
        public void onFailure(Throwable failure) {
            ended = true;
        }

        void cancelIfPending() {
            if (!ended && subscription != null) {
                subscription.cancel();
            }
        }
    }
}
