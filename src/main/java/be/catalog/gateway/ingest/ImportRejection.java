package be.catalog.gateway.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ImportRejection")
@Description("A row of a feed that was rejected: its row number (CSV: line, header = 1; JSON Lines: line; XML: n-th"
        + " <listing>), and one problem of it.")
public record ImportRejection(@NonNull int row, String externalId, String field, @NonNull String code,
        @NonNull String message) {
}
