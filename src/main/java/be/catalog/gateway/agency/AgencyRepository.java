package be.catalog.gateway.agency;

import static be.catalog.gateway.common.ResultColumns.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.ResultColumns;
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
                .map(rows -> ResultColumns.map(rows, row -> Columns.of(row, ""), Columns::read));
    }

    /** Where the agency columns of a result are: {@code agency_code, agency_name, ...} with prefix "agency_", or unprefixed. */
    public record Columns(int code, int name, int region, int website) {

        public static Columns of(Row row, String prefix) {
            return new Columns(position(row, prefix + "code"), position(row, prefix + "name"),
                    position(row, prefix + "region"), position(row, prefix + "website"));
        }

        public Agency read(Row row) {
            return new Agency(AgencyCode.valueOf(row.getString(code)), row.getString(name),
                    Region.valueOf(row.getString(region)), row.getString(website));
        }
    }
}
