package be.catalog.gateway.catalog;

import be.catalog.gateway.security.Viewer;

/** What a list request asks for, and who asks: the viewer decides which unpublished listings are visible. */
public record ListingSearch(ListingFilter filter, ListingSort sort, Viewer viewer) {

    public ListingSearch {
        filter = filter == null ? new ListingFilter() : filter;
        sort = sort == null ? ListingSort.NEWEST : sort;
    }
}
