package be.catalog.gateway.catalog.repository;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.catalog.gateway.agency.Agency;
import be.catalog.gateway.agency.AgencyRepository;
import be.catalog.gateway.category.Category;
import be.catalog.gateway.category.CategoryRepository;
import be.catalog.gateway.common.SharedReads;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

/**
 * The agencies and categories that listing rows name by code, read once per {@link #TTL} and shared: reference data
 * that only a migration changes, so a listing read no longer joins both tables and decodes their eleven columns for
 * every row (a quarter of PostgreSQL's CPU for a page, src/bench/README.md, finding 32). Rows naming a code the kept
 * set lacks (a migration ran since it was read) have it read again at once. They are read where the listings were:
 * public reads need nothing but the replica, and staff reads (which follow their writes) never touch it.
 */
final class ListingReferences {

    /** As long as the category tree is kept (category/CategoryTree): the same reference data. */
    static final Duration TTL = Duration.ofMinutes(5);

    /** One reading of both tables. */
    record Known(Map<String, Agency> agencies, Map<String, Category> categories) {

        Agency agency(String code) {
            return agencies.get(code);
        }

        Category category(String code) {
            return categories.get(code);
        }

        private boolean name(Iterable<Row> rows, int agencyCode, int categoryCode) {
            for (Row row : rows) {
                if (!agencies.containsKey(row.getString(agencyCode))
                        || !categories.containsKey(row.getString(categoryCode))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final AgencyRepository agencies;
    private final CategoryRepository categories;
    private final SharedReads<String, Known> known = new SharedReads<>(TTL, 1);

    ListingReferences(AgencyRepository agencies, CategoryRepository categories) {
        this.agencies = agencies;
        this.categories = categories;
    }

    /**
     * What every code of {@code rows} stands for; {@code agencyCode} and {@code categoryCode} are their columns, and
     * {@code onPrimary} says where the rows were read, which is where missing reference data is read too.
     */
    Uni<Known> of(Iterable<Row> rows, int agencyCode, int categoryCode, boolean onPrimary) {
        return current(onPrimary).chain(current -> {
            if (current.name(rows, agencyCode, categoryCode)) {
                return Uni.createFrom().item(current);
            }
            known.invalidateAll();
            return current(onPrimary);
        });
    }

    private Uni<Known> current(boolean onPrimary) {
        return known.get("", () -> (onPrimary ? agencies.listAllFromPrimary() : agencies.listAll())
                .chain(all -> (onPrimary ? categories.listAllFromPrimary() : categories.listAll())
                        .map(tree -> new Known(byCode(all, agency -> agency.code().name()),
                                byCode(tree, Category::code)))));
    }

    private static <T> Map<String, T> byCode(List<T> values, Function<T, String> code) {
        return values.stream().collect(Collectors.toUnmodifiableMap(code, value -> value));
    }
}
