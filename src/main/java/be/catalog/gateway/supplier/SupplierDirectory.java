package be.catalog.gateway.supplier;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.graphql.Cursor;
import be.catalog.gateway.graphql.GlobalId;
import be.catalog.gateway.graphql.PageInfo;
import be.catalog.gateway.graphql.PagingConfig;
import io.smallrye.mutiny.Uni;

/** Reading suppliers: by id, in pages by name, and their published listing counts. */
@ApplicationScoped
public class SupplierDirectory {

    private final SupplierReadRepository suppliers;
    private final PagingConfig paging;

    public SupplierDirectory(SupplierReadRepository suppliers, PagingConfig paging) {
        this.suppliers = suppliers;
        this.paging = paging;
    }

    public Uni<SupplierView> byId(String id) {
        return byKeys(List.of(GlobalId.decode(SupplierView.TYPE, id)))
                .map(found -> found.isEmpty() ? null : found.get(0));
    }

    public Uni<List<SupplierView>> byKeys(Collection<Long> keys) {
        return suppliers.findPublic(keys);
    }

    public Uni<SupplierConnection> page(SupplierFilter filter, Integer first, String after) {
        int size = paging.pageSize(first);
        Cursor position = after == null ? null : Cursor.decode(after, SupplierReadRepository.SORT);
        return suppliers.page(filter, position, size + 1).map(found -> {
            boolean hasNextPage = found.size() > size;
            List<SupplierEdge> edges = (hasNextPage ? found.subList(0, size) : found).stream()
                    .map(s -> new SupplierEdge(SupplierReadRepository.cursorOf(s).encode(), s)).toList();
            return new SupplierConnection(edges, new PageInfo(hasNextPage, after != null,
                    edges.isEmpty() ? null : edges.get(0).cursor(),
                    edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()));
        });
    }

    public Uni<Map<Long, Integer>> publishedListingCounts(Collection<Long> keys) {
        return suppliers.publishedListingCounts(keys);
    }
}
