package be.catalog.gateway.events;

import be.catalog.gateway.graphql.ClientError;

/**
 * A subscriber fell too many changes behind and its subscription was ended, rather than holding changes for it without
 * bound or silently skipping some: it must subscribe again and re-read what it caches.
 */
public class SubscriptionOverflowException extends ClientError {

    public SubscriptionOverflowException(int buffered) {
        super("SUBSCRIPTION_OVERFLOW", "More than " + buffered + " changes were waiting for this subscriber; the"
                + " subscription is ended: subscribe again and re-read what you cache");
    }
}
