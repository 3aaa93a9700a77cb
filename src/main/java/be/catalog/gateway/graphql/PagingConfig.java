package be.catalog.gateway.graphql;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "catalog.paging")
public interface PagingConfig {

    @WithDefault("20")
    int defaultPageSize();

    /** Upper bound of {@code first}: keeps every page, and the work behind it, bounded. */
    @WithDefault("100")
    int maxPageSize();

    default int pageSize(Integer first) {
        if (first == null) {
            return defaultPageSize();
        }
        if (first < 1 || first > maxPageSize()) {
            throw new InvalidInputException(new Violation("first", "INVALID_PAGE_SIZE",
                    "must be between 1 and " + maxPageSize() + ", was " + first));
        }
        return first;
    }
}
