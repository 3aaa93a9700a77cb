package be.catalog.gateway.common;

import java.util.NoSuchElementException;

import io.vertx.mutiny.sqlclient.Row;

/** The position of a named column in a row's result, for mappers that look each column up once per result. */
public final class ColumnPosition {

    private ColumnPosition() {
    }

    /** Fails at once for a column the statement does not select (Vert.x would answer -1, and a read fail later). */
    public static int of(Row row, String name) {
        int position = row.getColumnIndex(name);
        if (position < 0) {
            throw new NoSuchElementException("Column " + name + " does not exist");
        }
        return position;
    }
}
