package be.catalog.gateway.graphql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * The fields one level of a document's selection selects, those of its inline fragments and fragment spreads included,
 * each with the type condition it is selected under. Works on documents not yet validated: a fragment spread twice, or
 * spreading itself, is taken once.
 */
public final class SelectionFields {

    /**
     * A selected field and the type condition of the innermost fragment that holds it, or null when no fragment on
     * the way names a type (the field is then selected on the type the selection set belongs to).
     */
    public record Selected(Field field, String typeCondition) {
    }

    private SelectionFields() {
    }

    /** The fields of {@code selections} (none for null), in document order. */
    public static List<Selected> of(SelectionSet selections, Map<String, FragmentDefinition> fragments) {
        List<Selected> fields = new ArrayList<>();
        collect(selections, null, fragments, new HashSet<>(), fields);
        return fields;
    }

    private static void collect(SelectionSet selections, String typeCondition,
            Map<String, FragmentDefinition> fragments, Set<String> fragmentsSeen, List<Selected> fields) {
        if (selections == null) {
            return;
        }
        for (Selection<?> selection : selections.getSelections()) {
            if (selection instanceof Field field) {
                fields.add(new Selected(field, typeCondition));
            } else if (selection instanceof InlineFragment inline) {
                collect(inline.getSelectionSet(),
                        inline.getTypeCondition() == null ? typeCondition : inline.getTypeCondition().getName(),
                        fragments, fragmentsSeen, fields);
            } else if (selection instanceof FragmentSpread spread && fragmentsSeen.add(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                if (fragment != null) {
                    collect(fragment.getSelectionSet(), fragment.getTypeCondition().getName(), fragments,
                            fragmentsSeen, fields);
                }
            }
        }
    }
}
