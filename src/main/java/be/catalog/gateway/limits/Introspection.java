package be.catalog.gateway.limits;

import java.util.Map;

import be.catalog.gateway.graphql.SelectionFields;
import graphql.language.FragmentDefinition;
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
        return SelectionFields.of(root, fragments).stream().map(selected -> selected.field().getName())
                .anyMatch(name -> name.equals("__schema") || name.equals("__type"));
    }
}
