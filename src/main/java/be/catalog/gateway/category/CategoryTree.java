package be.catalog.gateway.category;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;

/** A category with all its descendants, for filters applied in memory (SQL filters walk the tree themselves). */
@ApplicationScoped
public class CategoryTree {

    private final CategoryRepository categories;

    public CategoryTree(CategoryRepository categories) {
        this.categories = categories;
    }

    /** The codes of {@code code} and its descendants; fails with UNKNOWN_CATEGORY naming {@code field}. */
    public Uni<Set<String>> withDescendants(String code, String field) {
        return categories.listAll().map(all -> {
            if (all.stream().noneMatch(c -> c.code().equals(code))) {
                throw new UnknownCategoryException(field, code);
            }
            return descendants(code, all);
        });
    }

    static Set<String> descendants(String root, List<Category> all) {
        Set<String> found = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String code = pending.pop();
            if (found.add(code)) {
                all.stream().filter(c -> code.equals(c.parentCode())).forEach(c -> pending.push(c.code()));
            }
        }
        return found;
    }
}
