package be.catalog.gateway.limits;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Finds the introspection fields of an operation. They exist only at the root of a query ({@code __typename} is not
 * one: it is answered everywhere), directly or through fragments.
 *
 * <p>Why not Quarkus's {@code field-visibility=no-introspection}: graphql-java then matches every field of every
 * answer against the blocked names with a regular expression, 3% of the CPU of a page of listings in a profile
 * (src/bench/README.md); this looks at the root selections once per document.
 */
final class Introspection {

    private Introspection() {
    }

    static boolean asksFor(SelectionSet root, Map<String, FragmentDefinition> fragments) {
        return asksFor(root, fragments, new HashSet<>());
    }

    private static boolean asksFor(SelectionSet selections, Map<String, FragmentDefinition> fragments,
            Set<String> fragmentsSeen) {
        if (selections == null) {
            return false;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                if (field.getName().equals("__schema") || field.getName().equals("__type")) {
                    return true;
                }
            } else if (selection instanceof InlineFragment inline) {
                if (asksFor(inline.getSelectionSet(), fragments, fragmentsSeen)) {
                    return true;
                }
            } else if (selection instanceof FragmentSpread spread && fragmentsSeen.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null && asksFor(fragment.getSelectionSet(), fragments, fragmentsSeen)) {
                    return true;
                }
            }
        }
        return false;
    }
}
