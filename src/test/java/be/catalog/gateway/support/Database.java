package be.catalog.gateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A plain JDBC connection to the test database, outside the application: a writer the gateway knows nothing about,
 * as another instance, a migration script or an operator's psql would be.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    /** Runs statements in one transaction, committed. */
    public static void commit(String... statements) {
        run(true, statements);
    }

    /** Runs statements in one transaction, rolled back. */
    public static void rollBack(String... statements) {
        run(false, statements);
    }

    /** The first column of the first row of {@code sql}, as text; null without a row. */
    public static String queryString(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                java.sql.ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Until closed, the first {@code event} (INSERT, UPDATE) on {@code table} of a row matching {@code condition} (SQL
     * over NEW) fails as the loser of a deadlock does (SQLSTATE 40P01); the later ones pass. {@link #attempts} counts
     * them all.
     */
    public static AutoCloseable deadlockedOnce(String table, String event, String condition) {
        commit("CREATE SEQUENCE deadlocked_once_attempts",
                """
                CREATE FUNCTION deadlocked_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF nextval('deadlocked_once_attempts') = 1 THEN
                        RAISE EXCEPTION 'deadlock detected (by the test)' USING ERRCODE = 'deadlock_detected';
                    END IF;
                    RETURN NEW;
                END
                $$""",
                "CREATE TRIGGER deadlocked_once BEFORE " + event + " ON " + table + " FOR EACH ROW WHEN (" + condition
                        + ") EXECUTE FUNCTION deadlocked_once()");
        return () -> commit("DROP TRIGGER deadlocked_once ON " + table, "DROP FUNCTION deadlocked_once()",
                "DROP SEQUENCE deadlocked_once_attempts");
    }

    /** The attempts {@link #deadlockedOnce} has seen so far, the failed one included. */
    public static int attempts() {
        return Integer.parseInt(queryString("SELECT last_value FROM deadlocked_once_attempts"));
    }

    private static void run(boolean commit, String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            for (String sql : statements) {
                statement.execute(sql);
            }
            if (commit) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
