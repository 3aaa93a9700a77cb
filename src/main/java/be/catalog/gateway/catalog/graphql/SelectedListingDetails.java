package be.catalog.gateway.catalog.graphql;

import be.catalog.gateway.catalog.ListingDetails;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.SelectionFields;
import graphql.language.Field;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.context.SmallRyeContext;
import io.smallrye.graphql.execution.context.SmallRyeContextManager;

/**
 * Which optional parts of the listings a query field answers with are selected below it: a walk of the document's
 * selection under the field, through fragments, following the schema's types. graphql-java's own selection set
 * would build the normalized form of the whole operation for it; this reads only the field's own subtree.
 *
 * <p>It errs on the side of reading: directives ({@code @skip}, {@code @include}) are not evaluated, and a
 * description or certifications field of an interface or union counts as the listing's.
 */
final class SelectedListingDetails {

    private boolean descriptions;
    private boolean certifications;

    private SelectedListingDetails() {
    }

    /**
     * The parts selected below the query field {@code name}, which SmallRye is resolving on this thread: its context,
     * set just before the call, holds the field's environment. All of them when that context is another field's (a
     * resolver made blocking would run on a worker thread) or none.
     */
    static ListingDetails ofQueryField(String name) {
        SmallRyeContext context = SmallRyeContextManager.getCurrentSmallRyeContext();
        DataFetchingEnvironment environment = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        boolean thisField = environment != null && name.equals(environment.getField().getName())
                && environment.getExecutionStepInfo().getPath().getLevel() == 1;
        return thisField ? of(environment) : ListingDetails.ALL;
    }

    static ListingDetails of(DataFetchingEnvironment environment) {
        SelectedListingDetails selected = new SelectedListingDetails();
        GraphQLType type = GraphQLTypeUtil.unwrapAll(environment.getFieldType());
        for (Field field : environment.getMergedField().getFields()) {
            selected.walk(field.getSelectionSet(), type, environment);
        }
        return new ListingDetails(selected.descriptions, selected.certifications);
    }

    private void walk(SelectionSet selections, GraphQLType type, DataFetchingEnvironment environment) {
        for (SelectionFields.Selected selected : SelectionFields.of(selections, environment.getFragmentsByName())) {
            if (descriptions && certifications) {
                return;
            }
            walkField(selected.field(), selected.typeCondition() == null ? type
                    : environment.getGraphQLSchema().getType(selected.typeCondition()), environment);
        }
    }

    private void walkField(Field field, GraphQLType type, DataFetchingEnvironment environment) {
        boolean ofListing = !(type instanceof GraphQLObjectType object) || ListingView.TYPE.equals(object.getName());
        if (ofListing && ListingDetails.DESCRIPTION_FIELD.equals(field.getName())) {
            descriptions = true;
        } else if (ofListing && ListingDetails.CERTIFICATIONS_FIELD.equals(field.getName())) {
            certifications = true;
        }
        if (field.getSelectionSet() != null && type instanceof GraphQLFieldsContainer container) {
            GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
            if (definition != null) {
                walk(field.getSelectionSet(), GraphQLTypeUtil.unwrapAll(definition.getType()), environment);
            }
        }
    }
}
