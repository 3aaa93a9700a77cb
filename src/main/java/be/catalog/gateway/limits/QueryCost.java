package be.catalog.gateway.limits;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;

/**
 * Measures one operation of a parsed document: depth, aliases, root fields and cost. The cost is the number of objects
 * the operation may resolve: a field costs 1, and everything below a list costs as many times as the list may be long
 * ({@code first}, or the default page size of the catalog's lists), so {@code listings(first: 100) { edges { node {
 * supplier { listings { ... } } } } }} is seen as the 100 x 20 objects it is.
 */
final class QueryCost {

    /** Lists and how long they are when the query does not say. */
    private static final Map<String, Integer> IMPLICIT_LIST_SIZES = Map.of(
            "listings", 20, "suppliers", 20, "categories", 20, "certifications", 10, "agencies", 3);

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;
    private final int defaultPageSize;

    int maxDepth;
    int aliases;
    long cost;

    QueryCost(Map<String, FragmentDefinition> fragments, Map<String, Object> variables, int defaultPageSize) {
        this.fragments = fragments;
        this.variables = variables == null ? Map.of() : variables;
        this.defaultPageSize = defaultPageSize;
    }

    void measure(SelectionSet selections) {
        cost = walk(selections, 1, 1, new HashSet<>());
    }

    private long walk(SelectionSet selections, int depth, long multiplier, Set<String> fragmentPath) {
        if (selections == null) {
            return 0;
        }
        maxDepth = Math.max(maxDepth, depth);
        long total = 0;
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getAlias() != null) {
                    aliases++;
                }
                long size = listSize(field);
                total += multiplier + walk(field.getSelectionSet(), depth + 1, saturatedMultiply(multiplier, size),
                        fragmentPath);
            } else if (selection instanceof InlineFragment inline) {
                total += walk(inline.getSelectionSet(), depth, multiplier, fragmentPath);
            } else if (selection instanceof FragmentSpread spread) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                // a fragment that spreads itself is invalid GraphQL; stop here and let validation say so
                if (fragment != null && fragmentPath.add(spread.getName())) {
                    total += walk(fragment.getSelectionSet(), depth, multiplier, fragmentPath);
                    fragmentPath.remove(spread.getName());
                }
            }
            if (total < 0 || total > Integer.MAX_VALUE) {
                return Integer.MAX_VALUE;
            }
        }
        return total;
    }

    private long listSize(Field field) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals("first")) {
                Object first = resolve(argument.getValue());
                return first instanceof Number number ? Math.max(1, number.longValue()) : defaultPageSize;
            }
            if (argument.getName().equals("ids")) {
                Object ids = resolve(argument.getValue());
                return ids instanceof List<?> list ? Math.max(1, list.size()) : 1;
            }
        }
        return IMPLICIT_LIST_SIZES.getOrDefault(field.getName(), 1);
    }

    private Object resolve(Value<?> value) {
        if (value instanceof IntValue intValue) {
            return intValue.getValue();
        }
        if (value instanceof ArrayValue array) {
            return array.getValues();
        }
        if (value instanceof VariableReference variable) {
            return variables.get(variable.getName());
        }
        return null;
    }

    private static long saturatedMultiply(long a, long b) {
        long product = a * b;
        return a != 0 && (product / a != b || product > Integer.MAX_VALUE) ? Integer.MAX_VALUE : product;
    }
}
