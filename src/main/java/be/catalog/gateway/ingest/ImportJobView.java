package be.catalog.gateway.ingest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import be.catalog.gateway.agency.AgencyCode;

@Type("ImportJob")
@Description("An import of a feed file and how far it got. `rejections` lists the first 100 rejected rows.")
public record ImportJobView(
        @Id @NonNull String id,
        @NonNull AgencyCode agency,
        @NonNull ImportFormat format,
        @NonNull ImportMode mode,
        @NonNull ImportState state,
        @Description("Rows read so far (the CSV header is not a row)") @NonNull int rowsRead,
        @NonNull int created,
        @NonNull int updated,
        @NonNull int unchanged,
        @NonNull int rejected,
        @Description("FULL_SYNC: listings withdrawn because the file no longer has them") @NonNull int withdrawn,
        @Description("Why a FAILED job stopped, e.g. EMPTY_FILE, INVALID_ENCODING, INVALID_HEADER, INTERRUPTED")
        String failureCode,
        String failure,
        @NonNull OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        @Ignore UUID key) {

    public static final String TYPE = "ImportJob";
}
