package be.catalog.gateway.events.service;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import be.catalog.gateway.caching.AnswerCache;
import be.catalog.gateway.catalog.ListingView;
import be.catalog.gateway.catalog.repository.ListingAggregates;
import be.catalog.gateway.catalog.service.ListingCatalog;
import be.catalog.gateway.category.CategoryTree;
import be.catalog.gateway.events.ListingChange;
import be.catalog.gateway.events.ListingChangeFilter;
import be.catalog.gateway.events.SubscriptionConfig;
import be.catalog.gateway.events.SubscriptionOverflowException;
import be.catalog.gateway.events.TooManySubscriptionsException;
import be.catalog.gateway.graphql.ServiceUnavailableError;
import be.catalog.gateway.security.Viewer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import io.smallrye.mutiny.subscription.BackPressureFailure;

/**
 * Fans the listing changes this instance hears of out to its subscribers, each through its own filter.
 *
 * <p>One hot stream per instance: a change is parsed once, and the listing it concerns is read at most once, whatever
 * the number of subscribers. Each subscriber has a bounded buffer; one that falls further behind has its
 * subscription ended with SUBSCRIPTION_OVERFLOW instead of slowing the others or growing memory. When the listening
 * connection is lost, every subscription is completed, because changes committed until it is back are never heard:
 * clients subscribe again and re-read. While it is down, new subscriptions are refused with SERVICE_UNAVAILABLE.
 */
@ApplicationScoped
public class ListingChangeFeed {

    private static final Logger LOG = Logger.getLogger(ListingChangeFeed.class);

    private final ChangeListener listener;
    private final ListingCatalog catalog;
    private final ListingAggregates aggregates;
    private final AnswerCache answers;
    private final CategoryTree categories;
    private final SubscriptionConfig config;
    private final AtomicReference<BroadcastProcessor<ListingChange>> stream =
            new AtomicReference<>(BroadcastProcessor.create());
    /** Subscriptions accepted (the limits count these) and those attached to the stream (the gauge). */
    private final AtomicInteger reserved = new AtomicInteger();
    private final AtomicInteger attached = new AtomicInteger();
    private final Map<Object, Integer> perConnection = new ConcurrentHashMap<>();
    private final Counter received;
    private final Counter delivered;
    private final Counter overflowed;
    private volatile boolean listening;

    public ListingChangeFeed(ChangeListener listener, ListingCatalog catalog, ListingAggregates aggregates,
            AnswerCache answers, CategoryTree categories, SubscriptionConfig config, MeterRegistry registry) {
        this.listener = listener;
        this.catalog = catalog;
        this.aggregates = aggregates;
        this.answers = answers;
        this.categories = categories;
        this.config = config;
        registry.gauge("catalog.subscriptions.active", attached);
        registry.gauge("catalog.subscriptions.listening", this, feed -> feed.listening ? 1 : 0);
        this.received = registry.counter("catalog.subscriptions.notifications");
        this.delivered = registry.counter("catalog.subscriptions.events", "outcome", "delivered");
        this.overflowed = registry.counter("catalog.subscriptions.overflows");
    }

    void onStart(@Observes StartupEvent event) {
        listener.start(this::publish, this::listeningAgain, this::lost);
    }

    void onStop(@Observes ShutdownEvent event) {
        listener.stop();
        listening = false;
        stream.get().onComplete();
    }

    /** Whether this instance hears of changes right now. */
    public boolean listening() {
        return listening;
    }

    /** Subscribers attached to the stream of changes right now. */
    public int subscribers() {
        return attached.get();
    }

    /**
     * The public changes that match {@code filter}, from now on. {@code connection} identifies the websocket the
     * subscription comes over, for the per-connection limit (null: not counted per connection).
     */
    public Multi<ListingChange> subscribe(ListingChangeFilter filter, Object connection) {
        return Multi.createFrom().deferred(() -> {
            if (!listening) {
                return Multi.createFrom().failure(new ServiceUnavailableError());
            }
            Runnable release = reserve(connection);
            String category = filter == null ? null : filter.category;
            Uni<Set<String>> tree = category == null ? Uni.createFrom().nullItem()
                    : categories.withDescendants(category, "filter.category");
            return tree.onItem().transformToMulti(codes -> stream.get()
                            .onSubscription().invoke(attached::incrementAndGet)
                            .onTermination().invoke(attached::decrementAndGet)
                            .filter(ChangeMatcher.of(filter, codes)))
                    .onOverflow().buffer(config.bufferSize())
                    .onFailure(BackPressureFailure.class).transform(failure -> {
                        overflowed.increment();
                        return new SubscriptionOverflowException(config.bufferSize());
                    })
                    .onItem().invoke(change -> delivered.increment())
                    .onTermination().invoke(release);
        });
    }

    /** Listening, at start or after a gap: changes committed in a gap were never heard, so nothing shared may stay. */
    private void listeningAgain() {
        dropSharedReads();
        listening = true;
    }

    private void publish(String payload) {
        // Every instance hears every committed change, so the public reads follow another instance's writes (and
        // imports) at once instead of within their TTL.
        dropSharedReads();
        ListingChange change;
        try {
            change = ChangeNotifications.parse(payload, this::currentListing);
        } catch (RuntimeException e) {
            LOG.warnf("ignoring a listing_changed notification that cannot be read: %s", e.toString());
            return;
        }
        received.increment();
        stream.get().onNext(change);
    }

    /** The counts and answers this instance's public reads share. */
    private void dropSharedReads() {
        aggregates.invalidate();
        answers.invalidate();
    }

    /** The listing as shoppers see it, read once when the first subscriber selecting it asks. */
    private Uni<ListingView> currentListing(long key) {
        return Uni.createFrom().deferred(() -> catalog.byKey(Viewer.ANONYMOUS, key)).memoize().indefinitely();
    }

    private void lost() {
        if (listening) {
            listening = false;
            LOG.warn("lost the connection listening for listing changes; ending every subscription (clients"
                    + " subscribe again and re-read)");
            stream.getAndSet(BroadcastProcessor.create()).onComplete();
        }
    }

    /** Counts a new subscription against the limits; answers what ends it. */
    private Runnable reserve(Object connection) {
        if (reserved.incrementAndGet() > config.maxPerInstance()) {
            reserved.decrementAndGet();
            throw new TooManySubscriptionsException("on this instance", config.maxPerInstance());
        }
        if (connection != null
                && perConnection.merge(connection, 1, Integer::sum) > config.maxPerConnection()) {
            reserved.decrementAndGet();
            perConnection.computeIfPresent(connection, (k, count) -> count == 1 ? null : count - 1);
            throw new TooManySubscriptionsException("on one connection", config.maxPerConnection());
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                reserved.decrementAndGet();
                if (connection != null) {
                    perConnection.computeIfPresent(connection, (k, count) -> count == 1 ? null : count - 1);
                }
            }
        };
    }
}
