package be.catalog.gateway.ops;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds the reactive pool with a bounded wait queue and a statement timeout, which Quarkus has no settings for: when
 * every connection is busy, at most this many requests wait for one, and the next fails at once (SERVICE_UNAVAILABLE)
 * instead of piling up; and no statement runs longer than a request may. Everything else is Quarkus's configuration.
 */
@Singleton
public class BoundedPoolCreator implements PgPoolCreator {

    private final int maxWaitQueueSize;
    private final Duration statementTimeout;

    public BoundedPoolCreator(
            @ConfigProperty(name = "catalog.db.max-wait-queue-size", defaultValue = "200") int maxWaitQueueSize,
            @ConfigProperty(name = "catalog.db.statement-timeout", defaultValue = "PT5S") Duration statementTimeout) {
        this.maxWaitQueueSize = maxWaitQueueSize;
        this.statementTimeout = statementTimeout;
    }

    @Override
    public Pool create(Input input) {
        // statement_timeout as a startup parameter: PostgreSQL itself cancels a statement past the request budget.
        input.pgConnectOptionsList().forEach(options -> options.addProperty("statement_timeout",
                Long.toString(statementTimeout.toMillis())));
        return PgBuilder.pool()
                .with(input.poolOptions().setMaxWaitQueueSize(maxWaitQueueSize))
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
