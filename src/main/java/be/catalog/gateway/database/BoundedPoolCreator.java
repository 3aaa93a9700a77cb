package be.catalog.gateway.database;

import java.util.List;

import jakarta.inject.Singleton;

import io.quarkus.reactive.datasource.ReactiveDataSource;
import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds the reactive pools with a bounded wait queue, a statement timeout and a sized statement cache, which Quarkus
 * has no settings for: when every connection is busy, at most this many requests wait for one, and the next fails at
 * once (SERVICE_UNAVAILABLE) instead of piling up; no statement runs longer than a request may; and the statements kept
 * prepared per connection are bounded. Everything else is Quarkus's configuration.
 * Quarkus asks for a creator per datasource, by the datasource's qualifier: {@link Primary} and {@link Read}.
 */
public abstract class BoundedPoolCreator implements PgPoolCreator {

    /** Every statement the service writes is below this; the driver's default is 2,048 characters. */
    static final int STATEMENT_CACHE_SQL_LIMIT = 16_384;

    protected final DatabaseConfig config;
    private final String name;

    /** {@code name} tells the pools apart in the metrics ({@code sql_pool_*{pool_name}}). */
    protected BoundedPoolCreator(DatabaseConfig config, String name) {
        this.config = config;
        this.name = name;
    }

    @Override
    public Pool create(Input input) {
        input.pgConnectOptionsList().forEach(options -> {
            // statement_timeout as a startup parameter: PostgreSQL itself cancels a statement past the request budget.
            options.addProperty("statement_timeout", Long.toString(config.statementTimeout().toMillis()));
            // The driver caches no statement longer than 2,048 characters by default, and a listing page with its
            // descriptions, certifications and a category's codes comes close: it would be planned at every read.
            options.setPreparedStatementCacheMaxSize(config.statementCacheSize())
                    .setPreparedStatementCacheSqlLimit(STATEMENT_CACHE_SQL_LIMIT);
            configure(options);
        });
        return PgBuilder.pool()
                .with(input.poolOptions().setName(name).setMaxWaitQueueSize(config.maxWaitQueueSize()))
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }

    /** What this pool's connections need besides the common settings. */
    protected void configure(PgConnectOptions options) {
    }

    /** The default datasource: the primary. */
    @Singleton
    public static class Primary extends BoundedPoolCreator {

        public Primary(DatabaseConfig config) {
            super(config, "primary");
        }
    }

    /** The {@code "read"} datasource: the replica. */
    @Singleton
    @ReactiveDataSource(ReadPool.DATASOURCE)
    public static class Read extends BoundedPoolCreator {

        public Read(DatabaseConfig config) {
            super(config, ReadPool.DATASOURCE);
        }

        @Override
        protected void configure(PgConnectOptions options) {
            // A replica that does not answer at all (its node gone, packets dropped) would otherwise hold a read for
            // the driver's 60 s connect timeout, past the request's budget, instead of letting it fall back.
            options.setConnectTimeout(Math.toIntExact(config.read().connectTimeout().toMillis()));
            options.addProperty("plan_cache_mode", config.read().planCacheMode().setting());
        }
    }
}
