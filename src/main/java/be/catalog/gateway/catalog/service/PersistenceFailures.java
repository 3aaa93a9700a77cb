package be.catalog.gateway.catalog.service;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

import io.vertx.pgclient.PgException;

/** Recognizes the database refusals that are a client's business rather than a fault, and those worth a retry. */
final class PersistenceFailures {

    /** deadlock_detected, serialization_failure. */
    private static final Set<String> TRANSIENT_SQL_STATES = Set.of("40P01", "40001");

    private PersistenceFailures() {
    }

    /** PostgreSQL names the violated constraint in its message, whichever layer wrapped it. */
    static boolean violates(Throwable failure, String constraint) {
        return anyCause(failure, t -> t.getMessage() != null && t.getMessage().contains(constraint));
    }

    /**
     * PostgreSQL gave the transaction up to let another one through (a deadlock, a serialization failure): the same
     * transaction run again may well succeed.
     */
    static boolean isTransient(Throwable failure) {
        return anyCause(failure, t -> {
            // Hibernate Reactive hands the client's PgException on as an SQLException with its state.
            String state = t instanceof SQLException sql ? sql.getSQLState()
                    : t instanceof PgException pg ? pg.getSqlState() : null;
            return state != null && TRANSIENT_SQL_STATES.contains(state);
        });
    }

    /** Another transaction changed the row between our read and our write. */
    static boolean isStaleWrite(Throwable failure) {
        return anyCause(failure, t -> t instanceof StaleStateException || t instanceof OptimisticLockException);
    }

    /** Whether the failure or one of its causes, whichever layer wrapped it, is {@code what}. */
    private static boolean anyCause(Throwable failure, Predicate<Throwable> what) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (what.test(t)) {
                return true;
            }
        }
        return false;
    }
}
