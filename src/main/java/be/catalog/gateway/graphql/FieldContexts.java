package be.catalog.gateway.graphql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;

import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.SelectedField;
import io.smallrye.graphql.JsonProviderHolder;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Type;

/**
 * SmallRye GraphQL's per-field context ({@code SmallRyeContextManager.populateFromDataFetchingEnvironment}, 2.17),
 * with the selected fields rendered on first use ({@link DeferredJsonArray}) instead of at every call. The rendering
 * is SmallRye's: the same JSON for {@code Context.getSelectedFields()} and {@code getSelectedAndSourceFields()}.
 */
final class FieldContexts {

    private static final JsonBuilderFactory JSON = JsonProviderHolder.JSON_PROVIDER.createBuilderFactory(null);

    private FieldContexts() {
    }

    static SmallRyeContext populate(Type type, Field field, DataFetchingEnvironment environment) {
        SmallRyeContext request = SmallRyeContextManager.getCurrentSmallRyeContext();
        if (request == null) {
            request = SmallRyeContextManager.restoreSmallRyeContext(environment);
        }
        if (!request.hasRequest()) {
            throw new IllegalStateException("No GraphQL request in the context of field " + field.getName());
        }
        SmallRyeContext context = request.clone();
        context.setDataFetchingEnvironment(environment);
        context.setField(field);
        context.setArguments(environment.getArguments());
        context.setPath(environment.getExecutionStepInfo().getPath().toString());
        context.setExecutionId(environment.getExecutionId().toString());
        context.setFieldName(environment.getField().getName());
        context.setSource(environment.getSource());
        context.setSelectedFields(new DeferredJsonArray(() -> selectedFields(type, environment, false)));
        context.setSelectedAndSourceFields(new DeferredJsonArray(() -> selectedFields(type, environment, true)));
        context.setOperationType(environment.getOperationDefinition().getOperation().toString());
        GraphQLType parent = GraphQLTypeUtil.unwrapAll(environment.getParentType());
        context.setParentTypeName(parent instanceof GraphQLNamedType named ? named.getName() : null);
        OperationDefinition operation = environment.getOperationDefinition();
        if (context.getOperationName().isEmpty() && operation.getName() != null && !operation.getName().isEmpty()) {
            context.setOperationName(operation.getName());
        }
        environment.getGraphQlContext().put(SmallRyeContextManager.CONTEXT, context);
        SmallRyeContextManager.restore(context);
        return context;
    }

    private static JsonArray selectedFields(Type type, DataFetchingEnvironment environment, boolean withSourceFields) {
        return toJson(type, new LinkedHashSet<>(environment.getSelectionSet().getFields()), withSourceFields).build();
    }

    private static JsonArrayBuilder toJson(Type type, Set<SelectedField> fields, boolean withSourceFields) {
        JsonArrayBuilder json = JSON.createArrayBuilder();
        for (SelectedField selected : fields) {
            // "a/b" names are the flattened descendants that getFields() also lists; SmallRye nests them instead.
            if (selected.getQualifiedName().contains("/") || !withSourceFields && isSourceField(type, selected)) {
                continue;
            }
            if (isScalar(selected)) {
                json.add(selected.getName());
            } else {
                json.add(JSON.createObjectBuilder().add(selected.getName(), toJson(type,
                        new LinkedHashSet<>(selected.getSelectionSet().getFields()), withSourceFields)));
            }
        }
        return json;
    }

    private static boolean isSourceField(Type type, SelectedField selected) {
        if (type == null || !type.hasOperations()) {
            return false;
        }
        Operation operation = type.getOperations().get(selected.getName());
        return operation != null && operation.isSourceField();
    }

    private static boolean isScalar(SelectedField selected) {
        List<GraphQLFieldDefinition> definitions = selected.getFieldDefinitions();
        return definitions.stream().anyMatch(d -> GraphQLTypeUtil.unwrapAll(d.getType()) instanceof GraphQLScalarType);
    }
}
