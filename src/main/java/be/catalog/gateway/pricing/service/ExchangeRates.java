package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.Money;
import be.catalog.gateway.pricing.PricingConfig;
import be.catalog.gateway.pricing.repository.ExchangeRateReadRepository;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The exchange rates in force, kept in memory.
 *
 * <p>Why a cache: {@code price(currency:)} resolves once per listing, so a page of 100 listings in yuan would otherwise
 * read the rates 100 times (N+1). There are only a handful of rates and they change about once a day, so all of them
 * are read in one statement and shared by every request until {@code catalog.pricing.rate-cache-ttl} has passed.
 * A rate set on this instance drops the cached table at once ({@link #invalidate()}); other instances of the service
 * pick it up when their TTL runs out, which is why the TTL is short. Concurrent requests that find the table missing
 * share a single read, and a failed read is not kept, so the next request tries again.
 */
@ApplicationScoped
public class ExchangeRates {

    private final ExchangeRateReadRepository reads;
    private final long ttlNanos;
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    public ExchangeRates(ExchangeRateReadRepository reads, PricingConfig config) {
        this.reads = reads;
        this.ttlNanos = config.rateCacheTtl().toNanos();
    }

    public Uni<ExchangeRateTable> current() {
        Snapshot snapshot = snapshot();
        return onCallersContext(snapshot.table().onFailure().invoke(() -> current.compareAndSet(snapshot, null)));
    }

    /** {@code euros} in {@code currency}; no rate is needed (nor read) for euros. */
    public Uni<Money> convert(BigDecimal euros, Currency currency) {
        if (currency == Currency.EUR) {
            return Uni.createFrom().item(Money.eur(euros));
        }
        return current().map(table -> table.convert(euros, currency));
    }

    /** Drops the cached rates; call after a new rate has been committed. */
    public void invalidate() {
        current.set(null);
    }

    private Snapshot snapshot() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot != null && System.nanoTime() - snapshot.readAt() < ttlNanos) {
                return snapshot;
            }
            // memoize: the statement runs once, on first subscription, and every subscriber gets its result
            Snapshot fresh = new Snapshot(reads.latest().map(ExchangeRateTable::new).memoize().indefinitely(),
                    System.nanoTime());
            if (current.compareAndSet(snapshot, fresh)) {
                return fresh;
            }
        }
    }

    /**
     * A request that joins a read started by another request gets the rates on that request's event loop; this hands
     * them back to the caller's own Vert.x context, where the rest of its resolvers run.
     */
    private static <T> Uni<T> onCallersContext(Uni<T> uni) {
        Context caller = Vertx.currentContext();
        if (caller == null) {
            return uni;
        }
        return uni.emitOn(task -> {
            if (Vertx.currentContext() == caller) {
                task.run();
            } else {
                caller.runOnContext(ignored -> task.run());
            }
        });
    }

    private record Snapshot(Uni<ExchangeRateTable> table, long readAt) {
    }
}
