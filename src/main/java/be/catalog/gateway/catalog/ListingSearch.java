package be.catalog.gateway.catalog;

import be.catalog.gateway.security.Viewer;

/**
 * What a list request asks for, and who asks: the viewer decides which unpublished listings are visible.
 * {@code query} is the free-text search, null when absent; the sort defaults to relevance with a query and to the
 * newest first without, and relevance without a query is the newest first.
 */
public record ListingSearch(String query, ListingFilter filter, ListingSort sort, Viewer viewer) {

    public ListingSearch {
        query = query == null || query.codePoints().noneMatch(Character::isLetterOrDigit) ? null : query.strip();
        filter = filter == null ? new ListingFilter() : filter;
        if (sort == null || sort == ListingSort.RELEVANCE) {
            sort = query == null ? ListingSort.NEWEST : ListingSort.RELEVANCE;
        }
    }
}
