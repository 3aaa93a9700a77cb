package be.catalog.gateway.ops;

import java.util.List;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.reactive.pg.client.PgPoolCreator;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnectOptions;

/**
 * Builds the reactive pool with a bounded wait queue, which Quarkus has no setting for: when every connection is busy,
 * at most this many requests wait for one, and the next fails at once (SERVICE_UNAVAILABLE) instead of piling up.
 * Everything else is Quarkus's own pool configuration.
 */
@Singleton
public class BoundedPoolCreator implements PgPoolCreator {

    private final int maxWaitQueueSize;

    public BoundedPoolCreator(@ConfigProperty(name = "catalog.db.max-wait-queue-size", defaultValue = "200") int maxWaitQueueSize) {
        this.maxWaitQueueSize = maxWaitQueueSize;
    }

    @Override
    public Pool create(Input input) {
        return PgBuilder.pool()
                .with(input.poolOptions().setMaxWaitQueueSize(maxWaitQueueSize))
                .connectingTo(List.<SqlConnectOptions>copyOf(input.pgConnectOptionsList()))
                .using(input.vertx())
                .build();
    }
}
