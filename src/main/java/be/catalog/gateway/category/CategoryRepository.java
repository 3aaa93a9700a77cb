package be.catalog.gateway.category;

import static be.catalog.gateway.common.ResultColumns.position;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.ResultColumns;
import be.catalog.gateway.database.ReadPool;
import be.catalog.gateway.i18n.LocalizedText;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

@ApplicationScoped
public class CategoryRepository {

    private final ReadPool replica;
    private final Pool primary;

    public CategoryRepository(ReadPool replica, Pool primary) {
        this.replica = replica;
        this.primary = primary;
    }

    private static final String ALL = "SELECT code, parent_code, name_en, name_fr, name_nl, name_de, name_zh_cn,"
            + " name_zh_tw FROM category ORDER BY parent_code NULLS FIRST, position, code";

    public Uni<List<Category>> listAll() {
        return replica.query(ALL).map(CategoryRepository::categories);
    }

    /** From the primary, for reads that must not touch the replica (those that follow a write, staff reads). */
    public Uni<List<Category>> listAllFromPrimary() {
        return primary.query(ALL).execute().map(CategoryRepository::categories);
    }

    private static List<Category> categories(RowSet<Row> rows) {
        return ResultColumns.map(rows, Columns::of, Columns::read);
    }

    /** Checks a write's input, so it reads the primary: a write never depends on a replica or its lag. */
    public Uni<Boolean> exists(String code) {
        return primary.preparedQuery("SELECT 1 FROM category WHERE code = $1").execute(Tuple.of(code))
                .map(rows -> rows.size() > 0);
    }

    /** Where the category columns of a result are. */
    private record Columns(int code, int parentCode, LocalizedText.Columns name) {

        static Columns of(Row row) {
            return new Columns(position(row, "code"), position(row, "parent_code"),
                    LocalizedText.Columns.of(row, "name_"));
        }

        Category read(Row row) {
            return new Category(row.getString(code), row.getString(parentCode), name.read(row));
        }
    }
}
