package be.catalog.gateway.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;

/**
 * Reads one plain property of an output object (a getter, a record component or a public field), as SmallRye's own
 * FieldDataFetcher does, with the same transformations and adapters, but without building SmallRye's request context
 * for it. SmallRye fills that context for every property of every object in an answer (a copy of the context plus the
 * selected sub-fields rendered as JSON, twice), for resolvers that may inject it; a property read has nothing to
 * inject it into. It was a sixth of the CPU of a {@code listing(id)} request (src/bench/README.md). Resolvers
 * ({@code @Source} methods, queries, mutations) still get the full context from SmallRye's fetchers.
 */
final class PropertyFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    /** Looked up on first use, like SmallRye does: the owner's class is loaded by the application's class loader. */
    private volatile Accessor accessor;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.helper = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object value = accessor().read(environment.getSource());
        return (T) helper.transformOrAdaptResponse(value, environment);
    }

    private Accessor accessor() {
        Accessor current = accessor;
        if (current == null) {
            current = lookUp();
            accessor = current;
        }
        return current;
    }

    private Accessor lookUp() {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() == null) {
                java.lang.reflect.Field publicField = type.getField(field.getPropertyName());
                return publicField::get;
            }
            Method getter = type.getMethod(field.getMethodName());
            return source -> {
                try {
                    return getter.invoke(source);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            };
        } catch (ReflectiveOperationException e) {
            throw new GraphQLException(e);
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object source) throws Exception;
    }
}
