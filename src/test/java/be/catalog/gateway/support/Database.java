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
