package be.catalog.gateway.database;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Catalog reads on the read replica (the cluster's read-only service), falling back to the primary when no connection
 * to the replica can be had: a replica that is down, restarting or gone from DNS costs storefronts nothing but load on
 * the primary. After such a failure the primary takes the reads for {@code catalog.db.read.retry-after}, so that a dead
 * replica does not cost a connection attempt per request; then the replica is tried again. A statement that fails on a
 * working connection (an SQL error, statement_timeout) is not retried: it would fail on the primary too, after running
 * twice. Every read served by the primary instead counts in {@code catalog_read_fallback_total}; the log says so at
 * most once a minute.
 */
@ApplicationScoped
public class ReadPool {

    /** The Quarkus datasource of the replica: {@code quarkus.datasource."read".*}. */
    public static final String DATASOURCE = "read";

    static final String FALLBACKS = "catalog.read.fallback";

    private static final Logger LOG = Logger.getLogger(ReadPool.class);
    private static final Duration WARNING_INTERVAL = Duration.ofMinutes(1);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

    private final Pool replica;
    private final Pool primary;
    private final DatabaseConfig.Read config;
    private final Counter fallbacks;
    private final AtomicBoolean replicaDown = new AtomicBoolean();
    private volatile long lastFailure;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());

    public ReadPool(@ReactiveDataSource(DATASOURCE) Pool replica, Pool primary, DatabaseConfig config,
            MeterRegistry registry) {
        this.replica = replica;
        this.primary = primary;
        this.config = config.read();
        this.fallbacks = Counter.builder(FALLBACKS)
                .description("Catalog reads served by the primary because the read replica could not be reached")
                .register(registry);
    }

    public Uni<RowSet<Row>> preparedQuery(String sql, Tuple parameters) {
        return run(pool -> pool.preparedQuery(sql).execute(parameters));
    }

    public Uni<RowSet<Row>> query(String sql) {
        return run(pool -> pool.query(sql).execute());
    }

    /**
     * Asks the replica itself, never the primary, for the readiness check. Its failure pauses the replica like a failed
     * read (a replica that hangs without refusing is noticed here, not by each read), its answer resumes it at once.
     */
    public Uni<Void> probeReplica() {
        return replica.query("SELECT 1").execute()
                .ifNoItem().after(PROBE_TIMEOUT).fail()
                .invoke(this::replicaAnswered)
                .onFailure().invoke(this::replicaFailed)
                .replaceWithVoid();
    }

    private Uni<RowSet<Row>> run(Function<Pool, Uni<RowSet<Row>>> statement) {
        if (replicaDown.get() && System.nanoTime() - lastFailure < config.retryAfter().toNanos()) {
            fallbacks.increment();
            return statement.apply(primary);
        }
        return statement.apply(replica)
                .invoke(this::replicaAnswered)
                .onFailure(ConnectionFailures::cannotConnect).recoverWithUni(failure -> {
                    replicaFailed(failure);
                    fallbacks.increment();
                    return statement.apply(primary);
                });
    }

    private void replicaAnswered() {
        if (replicaDown.compareAndSet(true, false)) {
            LOG.infof("read replica %s:%d answers again: catalog reads are back on it", config.host(), config.port());
        }
    }

    private void replicaFailed(Throwable failure) {
        long now = System.nanoTime();
        lastFailure = now;
        replicaDown.set(true);
        long last = lastWarning.get();
        if (now - last >= WARNING_INTERVAL.toNanos() && lastWarning.compareAndSet(last, now)) {
            LOG.warnf("read replica %s:%d unreachable (%s): catalog reads go to the primary, the replica is tried"
                    + " again every %ds", config.host(), config.port(), failure.toString(),
                    config.retryAfter().toSeconds());
        }
    }
}
