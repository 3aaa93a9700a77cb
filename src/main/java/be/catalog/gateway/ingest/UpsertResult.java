package be.catalog.gateway.ingest;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.graphql.Violation;

@Type("UpsertResult")
@Description("The outcome of one record of upsertListings, at the record's position in the input.")
public record UpsertResult(
        @Description("Position of the record in `listings`, from 0") @NonNull int index,
        String externalId,
        @NonNull UpsertStatus status,
        @Description("The listing as stored now; null when the record was rejected") ListingView listing,
        @Description("Every problem of a rejected record; empty otherwise") @NonNull List<@NonNull Violation> errors) {
}
