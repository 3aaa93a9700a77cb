package be.catalog.gateway.graphql;

import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.smallrye.graphql.runtime.spi.datafetcher.RequestContextHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * The fetcher of an {@link InMemoryResolver}: calls the resolver through SmallRye's own argument conversion and bean
 * invocation (so interceptors apply as usual), and returns its item as soon as the returned {@code Uni} has it,
 * without SmallRye's context, timer and CompletionStage. Any other outcome (a failure, an exception, an item that is
 * not there yet) is handed to the usual fetcher as it is, so that errors are reported the usual way; the resolver is
 * not called a second time, so its interceptors (error metrics, logs) see each call once.
 */
final class InMemoryResolverFetcher<K, T> extends DeferredSelectionFetcher<K, T> {

    /** The outcome of the call already made, for {@link #handleUserMethodCall} to return while super.get() runs. */
    private static final ThreadLocal<Outcome> HANDED_OVER = new ThreadLocal<>();

    InMemoryResolverFetcher(Operation operation, Type type) {
        super(operation, type);
    }

    @Override
    public T get(DataFetchingEnvironment environment) throws Exception {
        Outcome outcome = call(environment);
        if (outcome.hasItem()) {
            @SuppressWarnings("unchecked")
            T result = (T) DataFetcherResult.newResult()
                    .data(fieldHelper.transformOrAdaptResponse(outcome.item(), environment))
                    .localContext(environment.getGraphQlContext())
                    .build();
            return result;
        }
        HANDED_OVER.set(outcome);
        try {
            return super.get(environment);
        } finally {
            HANDED_OVER.remove();
        }
    }

    @Override
    protected Uni<?> handleUserMethodCall(DataFetchingEnvironment environment, Object[] arguments) throws Exception {
        Outcome outcome = HANDED_OVER.get();
        HANDED_OVER.remove();
        return outcome == null ? super.handleUserMethodCall(environment, arguments) : outcome.replay();
    }

    private Outcome call(DataFetchingEnvironment environment) {
        // Resolvers below the root run in the callbacks of database reads, where Quarkus's fetchers re-activate the
        // request's context from the GraphQL context (RequestLocale reads the request's headers): so does this one.
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        RequestContextHelper.reactivate(requestContext, environment);
        try {
            Uni<?> uni = (Uni<?>) operationInvoker.invoke(argumentHelper.getArguments(environment).toArray());
            Outcome outcome = new Outcome(uni);
            uni.subscribe().withSubscriber(outcome);
            outcome.settle();
            return outcome;
        } catch (Exception e) {
            return Outcome.thrown(e);
        } finally {
            if (activated) {
                requestContext.deactivate();
            }
        }
    }

    /**
     * What the resolver's Uni did during subscription. Decided once, under its lock: a signal that comes later, from
     * another thread, after {@link #settle()} gave up waiting, is ignored, and the Uni is then subscribed again by
     * Quarkus's fetcher (a shared read keeps running for it: memoized Unis do not cancel their source).
     */
    private static final class Outcome implements UniSubscriber<Object> {
        private enum State { PENDING, ITEM, FAILURE, GAVE_UP }

        private final Uni<?> uni;
        private final Exception thrown;
        private State state = State.PENDING;
        private UniSubscription subscription;
        private Object item;
        private Throwable failure;

        private Outcome(Uni<?> uni, Exception thrown) {
            this.uni = uni;
            this.thrown = thrown;
        }

        Outcome(Uni<?> uni) {
            this(uni, null);
        }

        static Outcome thrown(Exception e) {
            Outcome outcome = new Outcome(null, e);
            outcome.state = State.GAVE_UP;
            return outcome;
        }

        @Override
        public synchronized void onSubscribe(UniSubscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public synchronized void onItem(Object item) {
            if (state == State.PENDING) {
                this.item = item;
                state = State.ITEM;
            }
        }

        @Override
        public synchronized void onFailure(Throwable failure) {
            if (state == State.PENDING) {
                this.failure = failure;
                state = State.FAILURE;
            }
        }

        synchronized void settle() {
            if (state == State.PENDING) {
                state = State.GAVE_UP;
                if (subscription != null) {
                    subscription.cancel();
                }
            }
        }

        synchronized boolean hasItem() {
            return state == State.ITEM;
        }

        synchronized Object item() {
            return item;
        }

        /** The same outcome for Quarkus's fetcher: the exception thrown again, the failure, or the Uni itself. */
        synchronized Uni<?> replay() throws Exception {
            if (thrown != null) {
                throw thrown;
            }
            return state == State.FAILURE ? Uni.createFrom().failure(failure) : uni;
        }
    }
}
