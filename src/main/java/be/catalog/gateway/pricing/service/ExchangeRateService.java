package be.catalog.gateway.pricing.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import be.catalog.gateway.caching.AnswerCache;
import be.catalog.gateway.graphql.InvalidInputException;
import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.pricing.ExchangeRate;
import be.catalog.gateway.pricing.ExchangeRateInput;
import be.catalog.gateway.pricing.ExchangeRateView;
import be.catalog.gateway.pricing.repository.ExchangeRateRepository;
import be.catalog.gateway.security.OperatorAccess;
import be.catalog.gateway.security.Viewer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Operators' writes of exchange rates. Who may write and the input's rules are checked before the transaction, so a
 * refused rate writes nothing; a stored rate replaces the cached ones once the transaction has committed.
 */
@ApplicationScoped
public class ExchangeRateService {

    /** Reference rates are dated in Frankfurt and Brussels time: "today" is today there. */
    private static final ZoneId RATE_DATES = ZoneId.of("Europe/Brussels");

    private final ExchangeRateRepository repository;
    private final ExchangeRates rates;
    private final OperatorAccess access;
    private final AnswerCache answers;

    public ExchangeRateService(ExchangeRateRepository repository, ExchangeRates rates, OperatorAccess access,
            AnswerCache answers) {
        this.answers = answers;
        this.repository = repository;
        this.rates = rates;
        this.access = access;
    }

    public Uni<ExchangeRateView> set(Viewer viewer, ExchangeRateInput input) {
        access.requireOperator(viewer);
        List<Violation> violations = ExchangeRateRules.check(input, LocalDate.now(RATE_DATES));
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException(violations));
        }
        ExchangeRate rate = new ExchangeRate();
        rate.currency = ExchangeRateRules.currency(input.currency).orElseThrow();
        rate.rate = input.rate;
        rate.validOn = input.date;
        rate.source = input.source.strip();
        rate.setBy = viewer.subject();
        // PostgreSQL keeps microseconds: what is returned now is what a later read returns
        rate.setAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> repository.persist(rate))
                .map(ExchangeRate::toView)
                .invoke(() -> {
                    rates.invalidate();
                    answers.invalidate();
                });
    }
}
