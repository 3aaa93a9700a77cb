package be.catalog.gateway.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;

/**
 * Which failures send a read to the primary: those of getting a connection, as the PostgreSQL client really reports
 * them, and never those of a statement on a working connection. Against the test PostgreSQL, without Quarkus.
 */
class ConnectionFailuresTest {

    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void aRefusedConnectionIsOne() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThat(ConnectionFailures.cannotConnect(failureOf(database().setPort(closedPort), "SELECT 1"))).isTrue();
    }

    @Test
    void aHostNameThatDoesNotResolveIsOne() {
        assertThat(ConnectionFailures.cannotConnect(failureOf(database().setHost("catalog-db-ro.invalid"), "SELECT 1")))
                .isTrue();
    }

    @Test
    void aDatabaseThatDoesNotExistIsOne() {
        assertThat(ConnectionFailures.cannotConnect(failureOf(database().setDatabase("no_such_catalog"), "SELECT 1")))
                .isTrue();
    }

    @Test
    void anSqlErrorIsNone() {
        Throwable failure = failureOf(database(), "SELECT 1 / 0");

        assertThat(failure).isInstanceOf(PgException.class).hasMessageContaining("division by zero");
        assertThat(ConnectionFailures.cannotConnect(failure)).isFalse();
    }

    @Test
    void aStatementCancelledByStatementTimeoutIsNone() {
        PgConnectOptions options = database();
        options.addProperty("statement_timeout", "50");

        Throwable failure = failureOf(options, "SELECT pg_sleep(2)");

        assertThat(failure).isInstanceOf(PgException.class).hasMessageContaining("statement timeout");
        assertThat(ConnectionFailures.cannotConnect(failure)).isFalse();
    }

    /** The failure of running {@code sql} on a pool connecting with {@code options}. */
    private static Throwable failureOf(PgConnectOptions options, String sql) {
        Pool pool = PgBuilder.pool().connectingTo(options.setConnectTimeout(2000)).using(vertx).build();
        try {
            return pool.query(sql).execute()
                    .map(rows -> (Throwable) new AssertionError(sql + " succeeded"))
                    .otherwise(failure -> failure)
                    .toCompletionStage().toCompletableFuture()
                    .orTimeout(20, TimeUnit.SECONDS).join();
        } finally {
            pool.close();
        }
    }

    private static PgConnectOptions database() {
        return new PgConnectOptions().setHost(env("DB_HOST", "127.0.0.1"))
                .setPort(Integer.parseInt(env("DB_PORT", "5432")))
                .setDatabase(env("DB_NAME", "catalog_test")).setUser(env("DB_USER", "postgres"))
                .setPassword(env("DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
