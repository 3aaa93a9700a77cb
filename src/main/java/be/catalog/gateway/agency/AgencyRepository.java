package be.catalog.gateway.agency;

import static be.catalog.gateway.common.ResultColumns.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.database.ReadPool;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

@ApplicationScoped
public class AgencyRepository {

    private static final String ALL = "SELECT code, name, region, website FROM agency ORDER BY code";

    private final ReadPool replica;
    private final Pool primary;

    /** The agencies are public reference data, changed by migrations only: the replica. */
    public AgencyRepository(ReadPool replica, Pool primary) {
        this.replica = replica;
        this.primary = primary;
    }

    public Uni<List<Agency>> listAll() {
        return replica.query(ALL).map(AgencyRepository::agencies);
    }

    /** From the primary, for reads that must not touch the replica (those that follow a write, staff reads). */
    public Uni<List<Agency>> listAllFromPrimary() {
        return primary.query(ALL).execute().map(AgencyRepository::agencies);
    }

    private static List<Agency> agencies(RowSet<Row> rows) {
        return ResultColumns.map(rows, Columns::of, Columns::read);
    }

    /** Where the agency columns of a result are. */
    private record Columns(int code, int name, int region, int website) {

        static Columns of(Row row) {
            return new Columns(position(row, "code"), position(row, "name"), position(row, "region"),
                    position(row, "website"));
        }

        Agency read(Row row) {
            return new Agency(AgencyCode.valueOf(row.getString(code)), row.getString(name),
                    Region.valueOf(row.getString(region)), row.getString(website));
        }
    }
}
