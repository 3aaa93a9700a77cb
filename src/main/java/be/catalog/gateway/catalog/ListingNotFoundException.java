package be.catalog.gateway.catalog;

import be.catalog.gateway.graphql.ClientError;

public class ListingNotFoundException extends ClientError {

    public ListingNotFoundException(String id) {
        super("LISTING_NOT_FOUND", "No listing with id " + id);
    }
}
