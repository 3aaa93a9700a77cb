package be.catalog.gateway.catalog;

import java.util.List;

import be.catalog.gateway.security.Viewer;

/**
 * What a list request asks for, and who asks: the viewer decides which unpublished listings are visible.
 * {@code query} is the free-text search, null when absent; the sort defaults to relevance with a query and to the
 * newest first without, and relevance without a query is the newest first. {@code categories} are the codes the
 * filter's category stands for, itself and its descendants (empty without a category filter).
 */
public record ListingSearch(String query, ListingFilter filter, ListingSort sort, Viewer viewer,
        List<String> categories) {

    public ListingSearch {
        query = query == null || query.codePoints().noneMatch(Character::isLetterOrDigit) ? null : query.strip();
        filter = filter == null ? new ListingFilter() : filter;
        if (sort == null || sort == ListingSort.RELEVANCE) {
            sort = query == null ? ListingSort.NEWEST : ListingSort.RELEVANCE;
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** The same search, its category filter standing for {@code codes}. */
    public ListingSearch withCategories(List<String> codes) {
        return new ListingSearch(query, filter, sort, viewer, codes);
    }

    /** Every listing the viewer may see. */
    public static ListingSearch everything(Viewer viewer) {
        return new ListingSearch(null, null, null, viewer, null);
    }
}
