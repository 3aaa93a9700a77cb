package be.catalog.gateway.common;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.BiFunction;
import java.util.function.Function;

import io.vertx.mutiny.sqlclient.Row;

/**
 * Maps the rows of a result with its columns found once, from its first row: Vert.x finds a column by name by
 * comparing the name with each column before it, for every row it is asked for (src/bench/README.md, finding 19).
 */
public final class ResultColumns {

    private ResultColumns() {
    }

    /**
     * Each row of {@code rows}, read by {@code read} with the columns that {@code find} finds in the first row.
     *
     * @param <C> where a mapper's columns are (its {@code Columns} record)
     */
    public static <C, T> List<T> map(Iterable<Row> rows, Function<Row, C> find, BiFunction<C, Row, T> read) {
        List<T> mapped = new ArrayList<>();
        C columns = null;
        for (Row row : rows) {
            if (columns == null) {
                columns = find.apply(row);
            }
            mapped.add(read.apply(columns, row));
        }
        return mapped;
    }

    /** Fails at once for a column the statement does not select (Vert.x would answer -1, and a read fail later). */
    public static int position(Row row, String name) {
        int position = row.getColumnIndex(name);
        if (position < 0) {
            throw new NoSuchElementException("Column " + name + " does not exist");
        }
        return position;
    }
}
