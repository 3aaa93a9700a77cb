package be.catalog.gateway.catalog.service;

import org.hibernate.StaleStateException;

import jakarta.persistence.OptimisticLockException;

/** Recognizes the database refusals that are a client's business rather than a fault. */
final class PersistenceFailures {

    private PersistenceFailures() {
    }

    /** PostgreSQL names the violated constraint in its message, whichever layer wrapped it. */
    static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Another transaction changed the row between our read and our write. */
    static boolean isStaleWrite(Throwable failure) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof StaleStateException || t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
