package be.catalog.gateway.database;

import java.net.ConnectException;
import java.net.UnknownHostException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a database that could not be reached from a statement that failed on a working connection. The first may
 * succeed elsewhere or later (SERVICE_UNAVAILABLE, a read retried on the primary); the second would fail the same way.
 */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * No connection could be had, or it broke: refused, unreachable, timed out while connecting, a name DNS does not
     * know, a connection closed under the statement, or PostgreSQL refusing the session (SQLSTATE class 08 connection
     * exception, 57P shutting down / starting up, 28 authentication, 3D000 no such database). A statement cancelled by
     * statement_timeout (57014) or any other SQL error is not one.
     */
    public static boolean cannotConnect(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof ClosedConnectionException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null) {
                String state = pg.getSqlState();
                if (state.startsWith("08") || state.startsWith("57P") || state.startsWith("28")
                        || state.equals("3D000")) {
                    return true;
                }
            }
        }
        return false;
    }
}
