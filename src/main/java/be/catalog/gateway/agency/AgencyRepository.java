package be.catalog.gateway.agency;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.ColumnPosition;
import be.catalog.gateway.database.ReadPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;

@ApplicationScoped
public class AgencyRepository {

    private final ReadPool replica;

    /** The agencies are public reference data, changed by migrations only: the replica. */
    public AgencyRepository(ReadPool replica) {
        this.replica = replica;
    }

    public Uni<List<Agency>> listAll() {
        return replica.query("SELECT code, name, region, website FROM agency ORDER BY code")
                .map(rows -> {
                    List<Agency> agencies = new ArrayList<>();
                    rows.forEach(row -> agencies.add(fromRow(row, "")));
                    return agencies;
                });
    }

    /** Maps the agency columns of a row, e.g. {@code agency_code, agency_name} with prefix {@code "agency_"}. */
    public static Agency fromRow(Row row, String prefix) {
        return Columns.of(row, prefix).read(row);
    }

    /** Where the agency columns are in a result: found once per result (see {@code LocalizedText.Columns}). */
    public record Columns(int code, int name, int region, int website) {

        public static Columns of(Row row, String prefix) {
            return new Columns(ColumnPosition.of(row, prefix + "code"), ColumnPosition.of(row, prefix + "name"),
                    ColumnPosition.of(row, prefix + "region"), ColumnPosition.of(row, prefix + "website"));
        }

        public Agency read(Row row) {
            return new Agency(AgencyCode.valueOf(row.getString(code)), row.getString(name),
                    Region.valueOf(row.getString(region)), row.getString(website));
        }
    }
}
