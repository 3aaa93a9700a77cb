package be.catalog.gateway.catalog.repository;

import java.util.ArrayList;
import java.util.List;

import io.vertx.mutiny.sqlclient.Tuple;

/** Positional parameters ($1, $2, ...) of a statement, numbered as they are added. */
final class SqlParameters {

    private final List<Object> parameters = new ArrayList<>();

    /** Adds a parameter and returns its placeholder. */
    String parameter(Object value) {
        parameters.add(value);
        return "$" + parameters.size();
    }

    Object[] values() {
        return parameters.toArray();
    }

    Tuple parameters() {
        return Tuple.from(parameters);
    }
}
