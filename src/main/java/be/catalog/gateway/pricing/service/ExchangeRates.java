package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.common.SharedReads;
import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.Money;
import be.catalog.gateway.pricing.PricingConfig;
import be.catalog.gateway.pricing.repository.ExchangeRateReadRepository;
import io.smallrye.mutiny.Uni;

/**
 * The exchange rates in force, kept in memory.
 *
 * <p>Why a cache: {@code price(currency:)} resolves once per listing, so a page of 100 listings in yuan would otherwise
 * read the rates 100 times (N+1). There are only a handful of rates and they change about once a day, so all of them
 * are read in one statement and shared by every request until {@code catalog.pricing.rate-cache-ttl} has passed.
 * A rate set on this instance drops the cached table at once ({@link #invalidate()}); other instances of the service
 * pick it up when their TTL runs out, which is why the TTL is short.
 */
@ApplicationScoped
public class ExchangeRates {

    private static final String TABLE = "rates";

    private final ExchangeRateReadRepository reads;
    private final SharedReads<String, ExchangeRateTable> table;

    public ExchangeRates(ExchangeRateReadRepository reads, PricingConfig config) {
        this.reads = reads;
        this.table = new SharedReads<>(config.rateCacheTtl(), 1);
    }

    public Uni<ExchangeRateTable> current() {
        return table.get(TABLE, () -> reads.latest().map(ExchangeRateTable::new));
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
        table.invalidateAll();
    }
}
