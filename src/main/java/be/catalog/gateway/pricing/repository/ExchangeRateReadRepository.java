package be.catalog.gateway.pricing.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.ExchangeRateView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Read side: the rates in force, one per currency, in one statement over the reactive pool. No Hibernate session, so
 * any resolver may trigger it without sharing a session with its siblings.
 */
@ApplicationScoped
public class ExchangeRateReadRepository {

    /** Latest date wins; for the same date the last one set (a correction). Same order as the index. */
    private static final String LATEST = """
            SELECT DISTINCT ON (currency) currency, rate, valid_on, source, set_at
              FROM exchange_rate
             ORDER BY currency, valid_on DESC, set_at DESC, id DESC""";

    private final Pool pool;

    /**
     * The primary, not the replica: setExchangeRate drops the cached rates, and the read that fills the cache again
     * must find the rate just set (the operator checks it, prices use it). Cached for RATE_CACHE_TTL, so this is one
     * small statement per minute and instance.
     */
    public ExchangeRateReadRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<List<ExchangeRateView>> latest() {
        return pool.query(LATEST).execute().map(rows -> {
            List<ExchangeRateView> rates = new ArrayList<>();
            for (Row row : rows) {
                toView(row).ifPresent(rates::add);
            }
            return rates;
        });
    }

    /** Rows of currencies this version does not price in (set by a newer version, say) are left out. */
    private static Optional<ExchangeRateView> toView(Row row) {
        return Currency.fromCode(row.getString("currency"))
                .map(currency -> new ExchangeRateView(currency, row.getBigDecimal("rate"),
                        row.getLocalDate("valid_on"), row.getString("source"), row.getOffsetDateTime("set_at")));
    }
}
