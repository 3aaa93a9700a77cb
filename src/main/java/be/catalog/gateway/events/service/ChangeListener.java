package be.catalog.gateway.events.service;

import java.util.Optional;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import be.catalog.gateway.events.SubscriptionConfig;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * The one connection per instance that LISTENs on {@code listing_changed}, to the database of the default reactive
 * datasource (the primary: NOTIFY is not replicated to standbys). Reconnects forever with a doubling delay; reports
 * when it starts and stops listening, since changes committed in between are never heard (NOTIFY has no replay).
 */
@ApplicationScoped
public class ChangeListener {

    static final String CHANNEL = "listing_changed";

    private static final Logger LOG = Logger.getLogger(ChangeListener.class);

    private final Vertx vertx;
    private final SubscriptionConfig config;
    private final PgConnectOptions options;
    private PgSubscriber subscriber;
    private volatile boolean stopped;

    public ChangeListener(Vertx vertx, SubscriptionConfig config,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.vertx = vertx;
        this.config = config;
        this.options = connectOptions(url, user.orElse(null), password.orElse(null));
    }

    /** The first host of a reactive URL ({@code postgresql://host:port/db}, maybe with a vertx-reactive: prefix). */
    static PgConnectOptions connectOptions(String url, String user, String password) {
        String uri = url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url;
        int comma = uri.indexOf(',');
        if (comma > 0) {
            uri = uri.substring(0, comma);
        }
        // its own client name in the SQL client metrics, apart from the pool's
        PgConnectOptions options = PgConnectOptions.fromUri(uri);
        options.setMetricsName("listing-changes");
        if (user != null) {
            options.setUser(user);
        }
        if (password != null) {
            options.setPassword(password);
        }
        return options;
    }

    /**
     * Starts listening. {@code onListening} runs each time the LISTEN is in place (at start and after every
     * reconnection), {@code onLost} each time the connection is lost or could not be made.
     */
    public synchronized void start(Consumer<String> onNotification, Runnable onListening, Runnable onLost) {
        stopped = false;
        connect(0, onNotification, onListening, onLost);
    }

    private synchronized void connect(int attempt, Consumer<String> onNotification, Runnable onListening,
            Runnable onLost) {
        if (stopped) {
            return;
        }
        PgSubscriber current = PgSubscriber.subscriber(vertx, options)
                .reconnectPolicy(retries -> {
                    onLost.run();
                    return stopped ? -1L : delay(retries);
                });
        subscriber = current;
        current.channel(CHANNEL)
                .subscribeHandler(v -> {
                    LOG.infof("listening for listing changes on %s:%d/%s", options.getHost(), options.getPort(),
                            options.getDatabase());
                    onListening.run();
                })
                .handler(onNotification::accept);
        current.connect().onFailure(failure -> {
            // The subscriber retries lost connections by itself, but not a first connection that failed.
            if (attempt == 0) {
                LOG.warnf("cannot listen for listing changes yet (%s); retrying", failure.toString());
            }
            onLost.run();
            current.close();
            vertx.setTimer(delay(attempt), t -> connect(attempt + 1, onNotification, onListening, onLost));
        });
    }

    public synchronized void stop() {
        stopped = true;
        if (subscriber != null) {
            subscriber.close();
        }
    }

    private long delay(int retries) {
        long first = config.reconnectDelay().toMillis();
        long max = config.maxReconnectDelay().toMillis();
        return retries >= 20 ? max : Math.min(max, first << retries);
    }
}
