package be.catalog.gateway.ingest;

import org.eclipse.microprofile.graphql.Description;

@Description("What a bulk upsert did with one record.")
public enum UpsertStatus {
    @Description("No listing had this externalId: a new DRAFT was created")
    CREATED,
    @Description("The stored listing differed and was replaced; its version increased")
    UPDATED,
    @Description("The stored listing already equals the record; nothing was written")
    UNCHANGED,
    @Description("The record breaks a rule (see errors); nothing of it was written")
    REJECTED
}
