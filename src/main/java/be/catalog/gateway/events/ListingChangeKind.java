package be.catalog.gateway.events;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ListingChangeKind")
@Description("What happened to a listing. Shoppers' subscriptions only see changes of listings that are or were"
        + " PUBLISHED, so CREATED (a new listing is a draft) reaches them only if a script creates it published.")
public enum ListingChangeKind {
    @Description("The listing was created")
    CREATED,
    @Description("Fields changed, the status did not")
    UPDATED,
    @Description("The listing went on sale")
    PUBLISHED,
    @Description("The listing was taken off sale")
    WITHDRAWN,
    @Description("Another status change, e.g. back to DRAFT (not done by this API)")
    STATUS_CHANGED,
    @Description("The listing was deleted from the database (not done by this API)")
    DELETED
}
