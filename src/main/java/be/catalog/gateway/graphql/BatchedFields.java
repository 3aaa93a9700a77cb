package be.catalog.gateway.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import be.catalog.gateway.common.LruCache;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * The fields a data loader resolves ({@code @Source List<...>} resolvers: a supplier's listings, an import's
 * rejections), and whether a document may reach one. SmallRye gives every execution a registry of data loaders,
 * and graphql-java then tracks every field of the answer, level by level, to know when to dispatch them (4% of the
 * CPU of a page of listings, src/bench/README.md, finding 30); a document that reaches none runs without.
 *
 * <p>The walk follows the schema's types through fields, inline fragments and fragment spreads; an interface or union
 * stands for each of its object types. Anything it cannot tell (a document that does not parse, is long, or names a
 * fragment it does not define) counts as reaching one: graphql-java then runs it as SmallRye set it up and reports
 * what is wrong with it.
 */
final class BatchedFields {

    /** Longer documents are not walked, so that what a request may cost here stays bounded. */
    private static final int WALKED_DOCUMENT_MAX_LENGTH = 4_000;
    private static final ParserOptions PARSER_OPTIONS = ParserOptions.newParserOptions().captureSourceLocation(false)
            .captureIgnoredChars(false).maxTokens(2_000).build();

    private final GraphQLSchema schema;
    private final Set<FieldCoordinates> batched;
    private final LruCache<String, Boolean> reachedByDocument = new LruCache<>(256);

    private BatchedFields(GraphQLSchema schema, Set<FieldCoordinates> batched) {
        this.schema = schema;
        this.batched = Set.copyOf(batched);
    }

    /** The fields of {@code schema}'s object types whose data fetcher is {@code batching}. */
    static BatchedFields in(GraphQLSchema schema, Predicate<DataFetcher<?>> batching) {
        Set<FieldCoordinates> batched = new HashSet<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                    if (batching.test(schema.getCodeRegistry().getDataFetcher(coordinates, field))) {
                        batched.add(coordinates);
                    }
                }
            }
        }
        return new BatchedFields(schema, batched);
    }

    /** Whether executing {@code document} may ask a data loader for a value. */
    boolean mayBeReachedBy(String document) {
        if (batched.isEmpty()) {
            return false;
        }
        if (document == null || document.length() > WALKED_DOCUMENT_MAX_LENGTH) {
            return true;
        }
        return reachedByDocument.computeIfAbsent(document, this::reachedBy);
    }

    private boolean reachedBy(String text) {
        Document document;
        try {
            document = Parser.parse(ParserEnvironment.newParserEnvironment().document(text)
                    .parserOptions(PARSER_OPTIONS).build());
        } catch (RuntimeException unparseable) {
            return true;
        }
        Walk walk = new Walk(document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(Collectors.toMap(FragmentDefinition::getName, f -> f, (first, second) -> first)));
        for (OperationDefinition operation : document.getDefinitionsOfType(OperationDefinition.class)) {
            GraphQLObjectType root = switch (operation.getOperation()) {
                case QUERY -> schema.getQueryType();
                case MUTATION -> schema.getMutationType();
                case SUBSCRIPTION -> schema.getSubscriptionType();
            };
            if (root == null || walk.reaches(List.of(root), operation.getSelectionSet())) {
                return true;
            }
        }
        return false;
    }

    /** One document's walk; a fragment's answer is kept per set of types it is spread on, so each is walked once. */
    private final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Boolean> spreads = new HashMap<>();

        Walk(Map<String, FragmentDefinition> fragments) {
            this.fragments = fragments;
        }

        boolean reaches(Collection<GraphQLObjectType> parents, SelectionSet selections) {
            if (selections == null || parents.isEmpty()) {
                return false;
            }
            for (Selection<?> selection : selections.getSelections()) {
                if (selection instanceof Field field ? reaches(parents, field)
                        : selection instanceof InlineFragment inline ? reaches(inline.getTypeCondition() == null
                                ? parents : narrowed(parents, inline.getTypeCondition().getName()),
                                inline.getSelectionSet())
                        : selection instanceof FragmentSpread spread ? reaches(parents, spread)
                        : true) {
                    return true;
                }
            }
            return false;
        }

        private boolean reaches(Collection<GraphQLObjectType> parents, Field field) {
            Set<GraphQLObjectType> children = new LinkedHashSet<>();
            for (GraphQLObjectType parent : parents) {
                GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
                if (definition == null) {
                    continue; // __typename, or a field validation refuses
                }
                if (batched.contains(FieldCoordinates.coordinates(parent, definition))) {
                    return true;
                }
                children.addAll(objectTypes(GraphQLTypeUtil.unwrapAll(definition.getType())));
            }
            return reaches(children, field.getSelectionSet());
        }

        private boolean reaches(Collection<GraphQLObjectType> parents, FragmentSpread spread) {
            FragmentDefinition fragment = fragments.get(spread.getName());
            if (fragment == null) {
                return true;
            }
            Collection<GraphQLObjectType> narrowed = narrowed(parents, fragment.getTypeCondition().getName());
            String key = spread.getName() + narrowed.stream().map(GraphQLObjectType::getName).sorted()
                    .collect(Collectors.joining(",", "|", ""));
            Boolean known = spreads.get(key);
            if (known != null) {
                return known;
            }
            spreads.put(key, Boolean.FALSE); // a cycle, which validation refuses, ends here
            boolean reaches = reaches(narrowed, fragment.getSelectionSet());
            spreads.put(key, reaches);
            return reaches;
        }
    }

    private Collection<GraphQLObjectType> narrowed(Collection<GraphQLObjectType> parents, String typeName) {
        List<GraphQLObjectType> condition = objectTypes(schema.getType(typeName));
        List<GraphQLObjectType> narrowed = new ArrayList<>(parents);
        narrowed.retainAll(condition);
        return narrowed;
    }

    /** The object types a value of {@code type} may have. */
    private List<GraphQLObjectType> objectTypes(GraphQLType type) {
        if (type instanceof GraphQLObjectType object) {
            return List.of(object);
        }
        if (type instanceof GraphQLInterfaceType contract) {
            return schema.getImplementations(contract);
        }
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes().stream().filter(GraphQLObjectType.class::isInstance)
                    .map(GraphQLObjectType.class::cast).toList();
        }
        return List.of();
    }
}
