package be.catalog.gateway.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.AgencyCode;

@Type("AuditEntry")
@Description("One write of a listing: who made it, for which agency, what changed and when.")
public record AuditEntryView(
        @Id @NonNull String id,
        @Id @Description("Id of the listing written") @NonNull String listingId,
        @NonNull AgencyCode agency,
        @Description("Subject of the token that made the write") @NonNull String actor,
        @NonNull AuditAction action,
        @Description("The fields that changed, with their old and new values") @NonNull List<@NonNull FieldChange> changes,
        @NonNull OffsetDateTime at,
        @Ignore long key) {

    public static final String TYPE = "AuditEntry";
}
