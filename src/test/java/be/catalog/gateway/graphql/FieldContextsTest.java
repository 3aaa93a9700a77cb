package be.catalog.gateway.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;

/**
 * The context a resolver gets renders its selected fields only when asked, and then renders what SmallRye's own
 * context would: the same JSON, source fields left out or kept alike.
 */
class FieldContextsTest {

    private static final String SDL = """
            type Query { listings: Connection }
            type Connection { totalCount: Int edges: [Edge] }
            type Edge { cursor: String node: Listing }
            type Listing { id: ID title(locale: String): Text price: Money }
            type Text { text: String locale: String }
            type Money { amount: Float currency: String }
            """;
    private static final String QUERY = """
            query Browse {
              listings { totalCount edges { cursor node { id zh: title(locale: "zh") { text } price { amount } } } }
            }
            """;

    private final List<Context> ours = new ArrayList<>();
    private final List<Context> smallRyes = new ArrayList<>();

    @AfterEach
    void clearContext() {
        SmallRyeContextManager.clearCurrentSmallRyeContext();
    }

    @Test
    void selectedFieldsAreRenderedAsSmallRyeRendersThem() {
        execute();
        assertThat(ours.get(0).getSelectedFields()).hasToString(smallRyes.get(0).getSelectedFields().toString())
                .hasToString("[{\"edges\":[\"cursor\",{\"node\":[\"id\",{\"title\":[\"text\"]},"
                        + "{\"price\":[\"amount\"]}]}]}]");
    }

    @Test
    void sourceFieldsAreLeftOutOrKeptAsInSmallRye() { // totalCount is a source field here, a resolver of its own
        execute();
        assertThat(ours.get(0).getSelectedAndSourceFields())
                .hasToString(smallRyes.get(0).getSelectedAndSourceFields().toString());
        assertThat(ours.get(0).getSelectedFields()).hasSize(1);
        assertThat(ours.get(0).getSelectedAndSourceFields()).hasSize(2).first().hasToString("\"totalCount\"");
    }

    @Test
    void theRestOfTheContextIsSmallRyes() {
        execute();
        Context context = ours.get(0);
        Context smallRye = smallRyes.get(0);
        assertThat(context.getFieldName()).isEqualTo(smallRye.getFieldName()).isEqualTo("listings");
        assertThat(context.getPath()).isEqualTo(smallRye.getPath());
        assertThat(context.getOperationType()).isEqualTo(smallRye.getOperationType()).isEqualTo("QUERY");
        assertThat(context.getParentTypeName()).isEqualTo(smallRye.getParentTypeName()).contains("Query");
        assertThat(context.getExecutionId()).isEqualTo(smallRye.getExecutionId());
        assertThat(context.getOperationName()).isEqualTo(smallRye.getOperationName()).contains("Browse");
        assertThat(context.getArguments()).isEqualTo(smallRye.getArguments());
    }

    @Test
    void theSelectionIsRenderedOnFirstUseAndOnce() {
        AtomicInteger renderings = new AtomicInteger();
        DeferredJsonArray selection = new DeferredJsonArray(() -> {
            renderings.incrementAndGet();
            return Json.createArrayBuilder().add("id").build();
        });
        assertThat(renderings).hasValue(0);

        assertThat(selection.getString(0)).isEqualTo("id");
        assertThat(selection).hasSize(1).hasToString("[\"id\"]");
        assertThat(renderings).hasValue(1);
    }

    /** Runs the query once: the root fetcher populates both contexts from the same environment. */
    private void execute() {
        Type connection = new Type();
        Operation totalCount = new Operation();
        totalCount.setName("totalCount");
        totalCount.setSourceFieldOn(new Reference());
        connection.addOperation(totalCount);
        Field listings = new Field();
        listings.setName("listings");
        DataFetcher<Object> root = environment -> {
            // Each from the request's context: populating makes the field's context the thread's current one.
            SmallRyeContext request = SmallRyeContextManager.getCurrentSmallRyeContext();
            ours.add(FieldContexts.populate(connection, listings, environment));
            SmallRyeContextManager.restore(request);
            smallRyes.add(
                    SmallRyeContextManager.populateFromDataFetchingEnvironment(connection, listings, environment));
            return null;
        };
        GraphQL graphQL = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL),
                RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("listings", root)).build()))
                .build();
        SmallRyeContextManager.fromInitialRequest(Json.createObjectBuilder().add("query", QUERY).build());
        assertThat(graphQL.execute(QUERY).getErrors()).isEmpty();
    }
}
