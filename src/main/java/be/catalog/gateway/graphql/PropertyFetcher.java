package be.catalog.gateway.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.function.Supplier;

import graphql.GraphQLException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.spi.ClassloadingService;

/**
 * Reads one plain property of an output object (a getter, a record component or a public field), as SmallRye's own
 * FieldDataFetcher does, with the same transformations and adapters, but without building SmallRye's request context
 * for it. SmallRye fills that context for every property of every object in an answer (a copy of the context plus the
 * selected sub-fields rendered as JSON, twice), for resolvers that may inject it; a property read has nothing to
 * inject it into. It was a sixth of the CPU of a {@code listing(id)} request (src/bench/README.md). Resolvers
 * ({@code @Source} methods, queries, mutations) still get the full context from SmallRye's fetchers.
 *
 * <p>It is also a {@link LightDataFetcher}: graphql-java then builds a field's {@link DataFetchingEnvironment} only
 * if the fetcher asks for it, and a property whose value SmallRye would hand on unchanged (no transformation or adapter,
 * in a collection or not: nearly all of them) never does (findings 20 and 30 of src/bench/README.md).
 */
final class PropertyFetcher<T> implements PlugableDataFetcher<T>, LightDataFetcher<T> {

    /** SmallRye's helper unwraps these into their primitive values even without a wrapper. */
    private static final Set<String> OPTIONAL_PRIMITIVES = Set.of("java.util.OptionalInt", "java.util.OptionalLong",
            "java.util.OptionalDouble");

    /** The collections SmallRye copies into an {@code ArrayList}, in the order given. */
    private static final Set<String> ORDERED_AS_GIVEN = Set.of("java.util.List", "java.util.Collection",
            "java.util.ArrayList", "java.lang.Iterable");

    private final Field field;
    private final Reference owner;
    private final FieldHelper helper;
    private final boolean passedOnUnchanged;
    /** Looked up on first use, like SmallRye does: the owner's class is loaded by the application's class loader. */
    private volatile Accessor accessor;

    PropertyFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.helper = new FieldHelper(field);
        this.passedOnUnchanged = passedOnUnchanged(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object value = accessor().read(environment.getSource());
        return (T) helper.transformOrAdaptResponse(value, environment);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
            throws Exception {
        Object value = accessor().read(source);
        return (T) (passedOnUnchanged ? value : helper.transformOrAdaptResponse(value, environment.get()));
    }

    /**
     * Whether SmallRye's {@code FieldHelper.transformOrAdaptResponse} returns this field's values as they are, or an
     * equal copy: the negation of every case in which its {@code AbstractHelper} transforms (a scalar read as another
     * class, an {@code Optional*} primitive, an optional or an array) or adapts (adapt-with, adapt-to, a map). Erring
     * is safe one way only, so any adapter at all counts.
     *
     * <p>A list (of a page's edges, of a listing's certifications, of facet counts), nested or not, of values that are
     * neither transformed nor adapted counts as unchanged: SmallRye copies it element by element into a new list,
     * which graphql-java only iterates; the copy and a field model made per element were 3% of the CPU of a page of
     * listings (src/bench/README.md, finding 30).
     */
    static boolean passedOnUnchanged(Field field) {
        Reference reference = field.getReference();
        boolean transformed = !onlyCollections(field.getWrapper())
                || OPTIONAL_PRIMITIVES.contains(reference.getClassName())
                || reference.getType() == ReferenceType.SCALAR
                        && !reference.getClassName().equals(reference.getGraphQLClassName());
        boolean adapted = field.isAdaptingWith() || field.isAdaptingTo() || reference.isAdaptingWith()
                || reference.isAdaptingTo();
        return !transformed && !adapted;
    }

    /**
     * No wrapper, or lists all the way down to the element: no array, optional, map, unknown wrapper or set (SmallRye
     * copies a set into a new {@code HashSet} or {@code TreeSet}, whose order the answer would then have).
     */
    private static boolean onlyCollections(Wrapper wrapper) {
        for (Wrapper level = wrapper; level != null; level = level.getWrapper()) {
            if (!level.isCollection() || !ORDERED_AS_GIVEN.contains(level.getWrapperClassName())) {
                return false;
            }
        }
        return true;
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
