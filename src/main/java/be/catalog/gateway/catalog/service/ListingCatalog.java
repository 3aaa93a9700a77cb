package be.catalog.gateway.catalog.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.catalog.ListingConnection;
import be.catalog.gateway.catalog.ListingDetails;
import be.catalog.gateway.catalog.ListingEdge;
import be.catalog.gateway.catalog.ListingFacets;
import be.catalog.gateway.catalog.ListingFilter;
import be.catalog.gateway.catalog.ListingSearch;
import be.catalog.gateway.catalog.ListingSort;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.repository.ListingAggregates;
import be.catalog.gateway.catalog.repository.ListingReadRepository;
import be.catalog.gateway.category.CategoryTree;
import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.PageInfo;
import be.catalog.gateway.graphql.PagingConfig;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.security.Viewer;
import io.smallrye.mutiny.Uni;

/** Reading the catalog: single listings and keyset-paginated lists, as the viewer may see them. */
@ApplicationScoped
public class ListingCatalog {

    private final ListingReadRepository reads;
    private final ListingAggregates aggregates;
    private final PagingConfig paging;
    private final CategoryTree categoryTree;

    public ListingCatalog(ListingReadRepository reads, ListingAggregates aggregates, PagingConfig paging,
            CategoryTree categoryTree) {
        this.reads = reads;
        this.aggregates = aggregates;
        this.paging = paging;
        this.categoryTree = categoryTree;
    }

    /** The listing, with the optional parts in {@code details}. */
    public Uni<ListingView> byId(Viewer viewer, String id, ListingDetails details) {
        return reads.findVisible(GlobalId.decode(ListingView.TYPE, id), viewer, details);
    }

    public Uni<ListingView> byKey(Viewer viewer, long key) {
        return reads.findVisible(key, viewer, ListingDetails.ALL);
    }

    public Uni<List<ListingView>> byKeys(Viewer viewer, Collection<Long> keys) {
        return reads.findVisible(keys, viewer);
    }

    public Uni<Map<Long, List<ListingView>>> publishedBySupplier(Collection<Long> supplierKeys, int perSupplier) {
        return reads.publishedBySupplier(supplierKeys, perSupplier);
    }

    public Uni<ListingConnection> page(Viewer viewer, String query, ListingFilter filter, ListingSort sort,
            Integer first, String after, ListingDetails details) {
        int size = paging.pageSize(first);
        ListingSearch asked = new ListingSearch(query, filter, sort, viewer, null);
        checkPriceRange(asked.filter());
        Cursor position = after == null ? null : Cursor.decode(after, asked.sort().name());
        String category = asked.filter().category;
        Uni<List<String>> categories = category == null ? Uni.createFrom().item(List.of())
                : categoryTree.codesUnder(category);
        return categories
                .map(asked::withCategories)
                .chain(search -> reads.page(search, position, size + 1, details)
                        .map(edges -> connection(search, edges, size, after != null)));
    }

    private ListingConnection connection(ListingSearch search, List<ListingEdge> edges, int size,
            boolean hasPreviousPage) {
        boolean hasNextPage = edges.size() > size;
        List<ListingEdge> page = hasNextPage ? edges.subList(0, size) : edges;
        PageInfo pageInfo = new PageInfo(hasNextPage, hasPreviousPage,
                page.isEmpty() ? null : page.get(0).cursor(),
                page.isEmpty() ? null : page.get(page.size() - 1).cursor());
        return new ListingConnection(page, pageInfo, aggregates.of(search));
    }

    public Uni<Integer> totalCount(ListingConnection connection) {
        return connection.aggregates().count().map(Long::intValue);
    }

    public Uni<ListingFacets> facets(ListingConnection connection) {
        return connection.aggregates().facets();
    }

    private static void checkPriceRange(ListingFilter filter) {
        if (filter.minPrice != null && filter.maxPrice != null && filter.minPrice.compareTo(filter.maxPrice) > 0) {
            throw new InvalidInputException(new Violation("filter.minPrice", "INVALID_PRICE_RANGE",
                    "minPrice " + filter.minPrice.toPlainString() + " is above maxPrice "
                            + filter.maxPrice.toPlainString()));
        }
    }
}
