package be.catalog.gateway.catalog.repository;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** A WHERE clause built from parts, with its positional parameters ($1, $2, ...) numbered as they are added. */
final class SqlConditions {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** Adds a parameter and returns its placeholder. */
    String parameter(Object value) {
        parameters.add(value);
        return "$" + parameters.size();
    }

    SqlConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Tuple parameters() {
        return Tuple.from(parameters);
    }
}
