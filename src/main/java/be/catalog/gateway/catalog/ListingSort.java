package be.catalog.gateway.catalog;

import org.eclipse.microprofile.graphql.Description;

@Description("Order of a list of listings; every order is stable (ties broken by id).")
public enum ListingSort {
    @Description("Best match of `query` first; without a query the same as NEWEST")
    RELEVANCE,
    @Description("Most recently created first")
    NEWEST,
    @Description("Cheapest first")
    PRICE_ASC,
    @Description("Most expensive first")
    PRICE_DESC
}
