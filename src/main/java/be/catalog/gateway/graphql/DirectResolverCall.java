package be.catalog.gateway.graphql;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.schema.model.Argument;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniSubscriber;
import io.smallrye.mutiny.subscription.UniSubscription;

/**
 * An {@link InMemoryResolver} called the short way: on the bean looked up once, with its arguments taken from the
 * environment as they are (an enum from its name), interceptors passed through ({@link #inProgress()}), and its Uni's
 * item taken if it is there at once. SmallRye's way costs several microseconds a call (a CDI lookup, its argument
 * conversion, invocation events, and a Mutiny stage per interceptor and per lookup, each capturing the thread's
 * contexts), and titles and prices are asked for on every listing of every page (src/bench/README.md, finding 27).
 *
 * <p>{@link #call} answers {@link #NO_ITEM} for anything else: an argument it does not know how to pass, a failure,
 * an item not there yet, a bean that is not a singleton. The caller then calls the resolver again the usual way,
 * where its failure is translated, counted and reported as for any resolver: an in-memory resolver must not mind
 * being called twice.
 */
public final class DirectResolverCall {

    /** What {@link #call} answers when the resolver has to be called the usual way. */
    static final Object NO_ITEM = new Object();

    /** Set while a direct call runs, for the interceptors of the GraphQL APIs to pass it straight through. */
    private static final ThreadLocal<Boolean> IN_PROGRESS = new ThreadLocal<>();

    private static final Logger LOG = Logger.getLogger(DirectResolverCall.class);

    private final Operation operation;
    private final Class<?> api;
    private final List<Argument> arguments;
    /** The method to call directly; null when SmallRye's invoker must pick among overloads. */
    private final Method method;
    private final Class<?>[] parameterTypes;
    /** The singleton bean, once looked up; {@link #NO_BEAN} when the resolver must always be called the usual way. */
    private volatile Object bean;

    private static final Object NO_BEAN = new Object();

    private DirectResolverCall(Operation operation, Class<?> api, Method method) {
        this.operation = operation;
        this.api = api;
        this.arguments = List.copyOf(operation.getArguments());
        this.method = method;
        this.parameterTypes = method == null ? null : method.getParameterTypes();
    }

    /**
     * The direct call of the resolver, when its class marks a method of its name {@link InMemoryResolver}; null when
     * none is marked, or the class cannot be read (SmallRye's fetcher then resolves it).
     */
    static DirectResolverCall of(Operation operation) {
        try {
            Class<?> api = ClassloadingService.get().loadClass(operation.getClassName());
            List<Method> marked = Arrays.stream(api.getMethods())
                    .filter(candidate -> candidate.getName().equals(operation.getMethodName())
                            && candidate.isAnnotationPresent(InMemoryResolver.class))
                    .toList();
            if (marked.isEmpty()) {
                return null;
            }
            List<Method> callable = marked.stream()
                    .filter(candidate -> candidate.getParameterCount() == operation.getArguments().size()
                            && Uni.class.isAssignableFrom(candidate.getReturnType()))
                    .toList();
            // overloads: SmallRye's invoker picks by parameter types
            return new DirectResolverCall(operation, api, callable.size() == 1 ? callable.get(0) : null);
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s.%s resolves through SmallRye's fetcher: its class cannot be read",
                    operation.getClassName(), operation.getMethodName());
            return null;
        }
    }

    /** Whether the current thread is in a direct call: an interceptor then only proceeds. */
    public static boolean inProgress() {
        return IN_PROGRESS.get() != null;
    }

    /** The resolver's item, or {@link #NO_ITEM}; the request context must be active. */
    Object call(DataFetchingEnvironment environment) {
        Object on = bean();
        if (on == NO_BEAN) {
            return NO_ITEM;
        }
        Object[] values = new Object[arguments.size()];
        for (int i = 0; i < values.length; i++) {
            Argument argument = arguments.get(i);
            Object value = argument.isSourceArgument()
                    ? environment.getSource()
                    : passable(environment.getArgument(argument.getName()), parameterTypes[i]);
            if (value == NO_ITEM) {
                return NO_ITEM;
            }
            values[i] = value;
        }
        IN_PROGRESS.set(Boolean.TRUE);
        try {
            return itemAtOnce((Uni<?>) method.invoke(on, values));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NO_ITEM;
        } finally {
            IN_PROGRESS.remove();
        }
    }

    /** The argument as the parameter takes it; {@link #NO_ITEM} for what SmallRye's conversion must do. */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object passable(Object value, Class<?> type) {
        if (value == null) {
            return type.isPrimitive() ? NO_ITEM : null;
        }
        if (type.isInstance(value)) {
            return value;
        }
        if (type.isEnum() && value instanceof String name) {
            try {
                return Enum.valueOf((Class<? extends Enum>) type, name);
            } catch (IllegalArgumentException e) {
                return NO_ITEM; // a constant renamed with @Name: SmallRye knows the mapping
            }
        }
        return NO_ITEM;
    }

    private static Object itemAtOnce(Uni<?> uni) {
        ItemAtOnce subscriber = new ItemAtOnce();
        uni.subscribe().withSubscriber(subscriber);
        return subscriber.settle();
    }

    private Object bean() {
        Object found = bean;
        if (found == null) {
            found = lookUp();
            bean = found;
        }
        return found;
    }

    /** The singleton bean; {@link #NO_BEAN} when the resolver must be called the usual way. */
    private Object lookUp() {
        if (method == null) {
            return NO_BEAN;
        }
        try {
            InstanceHandle<?> handle = Arc.container().instance(api);
            Class<? extends java.lang.annotation.Annotation> scope = handle.isAvailable()
                    ? handle.getBean().getScope() : null;
            return scope == Singleton.class || scope == ApplicationScoped.class ? handle.get() : NO_BEAN;
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s.%s resolves through SmallRye's invoker: its bean cannot be looked up",
                    operation.getClassName(), operation.getMethodName());
            return NO_BEAN;
        }
    }

    /** Takes the item if the Uni gives it during subscription; anything else cancels it and gives {@link #NO_ITEM}. */
    private static final class ItemAtOnce implements UniSubscriber<Object> {
        private UniSubscription subscription;
        private Object item = NO_ITEM;
        private boolean settled;

        @Override
        public synchronized void onSubscribe(UniSubscription subscription) {
            this.subscription = subscription;
        }

        @Override
        public synchronized void onItem(Object item) {
            if (!settled) {
                this.item = item;
            }
        }

        @Override
        public void onFailure(Throwable failure) {
            // left to the usual way, which reports it
        }

        synchronized Object settle() {
            settled = true;
            if (item == NO_ITEM && subscription != null) {
                subscription.cancel();
            }
            return item;
        }
    }
}
