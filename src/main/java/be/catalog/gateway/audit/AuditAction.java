package be.catalog.gateway.audit;

import org.eclipse.microprofile.graphql.Description;

@Description("The kind of write an audit entry records.")
public enum AuditAction {
    @Description("createListing")
    CREATE,
    @Description("updateListing")
    UPDATE,
    @Description("publishListing")
    PUBLISH,
    @Description("withdrawListing, or a full-sync import that no longer lists it")
    WITHDRAW,
    @Description("upsertListings or an import created the listing")
    UPSERT_CREATE,
    @Description("upsertListings or an import replaced the listing")
    UPSERT_UPDATE
}
