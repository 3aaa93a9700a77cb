package be.catalog.gateway.category;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.SharedReads;
import io.smallrye.mutiny.Uni;

/**
 * A category with all its descendants. The tree is reference data that only a migration changes, so it is read at
 * most once per {@link #TTL} and shared by every request.
 */
@ApplicationScoped
public class CategoryTree {

    /** How long this instance keeps the tree; a deployment that adds categories restarts the instances anyway. */
    static final Duration TTL = Duration.ofMinutes(5);

    private final CategoryRepository categories;
    private final SharedReads<String, List<Category>> tree = new SharedReads<>(TTL, 1);

    public CategoryTree(CategoryRepository categories) {
        this.categories = categories;
    }

    /** The codes of {@code code} and its descendants; fails with UNKNOWN_CATEGORY naming {@code field}. */
    public Uni<Set<String>> withDescendants(String code, String field) {
        return all().map(all -> {
            if (all.stream().noneMatch(c -> c.code().equals(code))) {
                throw new UnknownCategoryException(field, code);
            }
            return descendants(code, all);
        });
    }

    /**
     * The codes of {@code code} and its descendants, in tree order; only {@code code} itself when no category has it
     * (a filter on an unknown category matches nothing, it is not an error).
     */
    public Uni<List<String>> codesUnder(String code) {
        return all().map(all -> List.copyOf(descendants(code, all)));
    }

    private Uni<List<Category>> all() {
        return tree.get("", categories::listAll);
    }

    static Set<String> descendants(String root, List<Category> all) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String code = pending.removeFirst();
            if (found.add(code)) {
                all.stream().filter(c -> code.equals(c.parentCode())).forEach(c -> pending.addLast(c.code()));
            }
        }
        return found;
    }
}
