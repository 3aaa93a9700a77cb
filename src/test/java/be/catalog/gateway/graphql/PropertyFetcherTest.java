package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.smallrye.graphql.schema.model.AdaptWith;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;

/**
 * A plain property, or a collection of plain values, is read without graphql-java building the field's environment; a
 * property SmallRye would transform or adapt is read with it, through SmallRye's helper, as before.
 */
class PropertyFetcherTest {

    public record Sample(String name, List<String> tags, OptionalInt rank, List<Long> codes) {
    }

    private static final Reference OWNER = reference(Sample.class.getName(), ReferenceType.TYPE);

    @Test
    void aPlainPropertyIsReadWithoutTheFieldsEnvironment() throws Exception {
        Field name = field("name", reference(String.class.getName(), ReferenceType.SCALAR));

        assertThat(PropertyFetcher.passedOnUnchanged(name)).isTrue();
        assertThat(new PropertyFetcher<>(name, OWNER).get(null, new Sample("Pralines", List.of(), OptionalInt.empty(), List.of()),
                environmentNeverBuilt())).isEqualTo("Pralines");
    }

    @Test
    void aListOfPlainValuesIsHandedOnAsItIs() throws Exception {
        Field tags = field("tags", reference(String.class.getName(), ReferenceType.SCALAR));
        tags.setWrapper(new Wrapper(WrapperType.COLLECTION, List.class.getName()));
        List<String> given = List.of("fair-trade", "organic");

        Object value = new PropertyFetcher<>(tags, OWNER).get(null,
                new Sample("Pralines", given, OptionalInt.empty(), List.of()), environmentNeverBuilt());

        assertThat(PropertyFetcher.passedOnUnchanged(tags)).isTrue();
        assertThat(value).isSameAs(given);
    }

    @Test
    void aListOfTransformedValuesGoesThroughSmallRyesHelperWithTheEnvironment() throws Exception {
        Reference id = reference(Long.class.getName(), ReferenceType.SCALAR);
        id.setGraphQLClassName(String.class.getName());
        Field codes = field("codes", id);
        codes.setWrapper(new Wrapper(WrapperType.COLLECTION, List.class.getName()));
        CountingEnvironment environment = new CountingEnvironment();

        List<Long> given = List.of(7L);

        Object value = new PropertyFetcher<>(codes, OWNER).get(null,
                new Sample("Pralines", List.of(), OptionalInt.empty(), given), environment);

        assertThat(PropertyFetcher.passedOnUnchanged(codes)).isFalse();
        assertThat(environment.built).isEqualTo(1);
        assertThat(value).isNotSameAs(given).asList().containsExactly(7L);
    }

    @Test
    void anArrayASetOrAnOptionalInsideAListGoesThroughSmallRyesHelper() {
        Field arrays = field("tags", reference(String.class.getName(), ReferenceType.SCALAR));
        arrays.setWrapper(new Wrapper(WrapperType.ARRAY, String[].class.getName()));
        Field optionals = field("tags", reference(String.class.getName(), ReferenceType.SCALAR));
        Wrapper list = new Wrapper(WrapperType.COLLECTION, List.class.getName());
        list.setWrapper(new Wrapper(WrapperType.OPTIONAL, java.util.Optional.class.getName()));
        optionals.setWrapper(list);

        Field set = field("tags", reference(String.class.getName(), ReferenceType.SCALAR));
        set.setWrapper(new Wrapper(WrapperType.COLLECTION, java.util.Set.class.getName()));

        assertThat(PropertyFetcher.passedOnUnchanged(arrays)).isFalse();
        assertThat(PropertyFetcher.passedOnUnchanged(optionals)).isFalse();
        assertThat(PropertyFetcher.passedOnUnchanged(set)).as("a set, which SmallRye copies in its own order")
                .isFalse();
    }

    @Test
    void aScalarReadAsAnotherClassIsTransformed() {
        Reference id = reference(Long.class.getName(), ReferenceType.SCALAR);
        id.setGraphQLClassName(String.class.getName());

        assertThat(PropertyFetcher.passedOnUnchanged(field("id", id))).isFalse();
    }

    @Test
    void anOptionalPrimitiveIsUnwrapped() {
        assertThat(PropertyFetcher.passedOnUnchanged(field("rank",
                reference(OptionalInt.class.getName(), ReferenceType.SCALAR)))).isFalse();
    }

    @Test
    void anAdaptedPropertyIsAdapted() {
        Field adapted = field("name", reference(String.class.getName(), ReferenceType.SCALAR));
        adapted.setAdaptWith(new AdaptWith());

        assertThat(PropertyFetcher.passedOnUnchanged(adapted)).isFalse();
    }

    private static Field field(String property, Reference type) {
        return new Field(property, property, property, type);
    }

    private static Reference reference(String className, ReferenceType type) {
        Reference reference = new Reference();
        reference.setClassName(className);
        reference.setGraphQLClassName(className);
        reference.setName(className.substring(className.lastIndexOf('.') + 1));
        reference.setType(type);
        return reference;
    }

    private static Supplier<DataFetchingEnvironment> environmentNeverBuilt() {
        return () -> {
            throw new AssertionError("the environment of a plain property was built");
        };
    }

    private static final class CountingEnvironment implements Supplier<DataFetchingEnvironment> {
        int built;

        @Override
        public DataFetchingEnvironment get() {
            built++;
            return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build();
        }
    }
}
