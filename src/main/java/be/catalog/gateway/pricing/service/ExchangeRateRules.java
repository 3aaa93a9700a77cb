package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import be.catalog.gateway.graphql.Violation;
import be.catalog.gateway.pricing.Currency;
import be.catalog.gateway.pricing.ExchangeRateInput;

/** What a new exchange rate must satisfy; every violation is reported, not only the first. */
final class ExchangeRateRules {

    static final int MAX_SOURCE_LENGTH = 200;
    /** The column is numeric(18,8): 10 integer digits and 8 decimals. */
    private static final int MAX_DECIMALS = 8;
    private static final BigDecimal UPPER_BOUND = new BigDecimal("10000000000");

    private ExchangeRateRules() {
    }

    static List<Violation> check(ExchangeRateInput input, LocalDate today) {
        List<Violation> violations = new ArrayList<>();
        if (currency(input.currency).isEmpty()) {
            violations.add(new Violation("input.currency", "INVALID_CURRENCY", currencyProblem(input.currency)));
        }
        checkRate(input.rate, violations);
        if (input.date == null) {
            violations.add(new Violation("input.date", "REQUIRED", "is required"));
        } else if (input.date.isAfter(today)) {
            violations.add(new Violation("input.date", "INVALID_RATE_DATE",
                    "a rate cannot be published for a future day; today is " + today + ", was " + input.date));
        }
        if (input.source == null || input.source.isBlank()) {
            violations.add(new Violation("input.source", "REQUIRED",
                    "say where the rate comes from, e.g. European Central Bank reference rate"));
        } else if (input.source.strip().length() > MAX_SOURCE_LENGTH) {
            violations.add(new Violation("input.source", "TEXT_TOO_LONG",
                    "at most " + MAX_SOURCE_LENGTH + " characters, was " + input.source.strip().length()));
        }
        return violations;
    }

    /** The currency a valid code names: three letters of ISO 4217, one prices are shown in, and not the base. */
    static Optional<Currency> currency(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Currency.fromCode(code.strip().toUpperCase(Locale.ROOT)).filter(currency -> currency != Currency.EUR);
    }

    private static String currencyProblem(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normalized.matches("[A-Z]{3}")) {
            return "an ISO 4217 currency code has three letters, was '" + code + "'";
        }
        if (normalized.equals(Currency.EUR.name())) {
            return "EUR is the base currency of every rate";
        }
        return "'" + normalized + "' is not a currency prices are shown in; one of " + Arrays.stream(Currency.values())
                .filter(c -> c != Currency.EUR).map(Enum::name).collect(Collectors.joining(", "));
    }

    private static void checkRate(BigDecimal rate, List<Violation> violations) {
        if (rate == null) {
            violations.add(new Violation("input.rate", "REQUIRED", "is required"));
        } else if (rate.signum() <= 0) {
            violations.add(new Violation("input.rate", "INVALID_RATE",
                    "must be more than 0, was " + rate.toPlainString()));
        } else if (rate.stripTrailingZeros().scale() > MAX_DECIMALS) {
            violations.add(new Violation("input.rate", "INVALID_RATE",
                    "at most " + MAX_DECIMALS + " decimals, was " + rate.toPlainString()));
        } else if (rate.compareTo(UPPER_BOUND) >= 0) {
            violations.add(new Violation("input.rate", "INVALID_RATE",
                    "must be less than " + UPPER_BOUND.toPlainString() + ", was " + rate.toPlainString()));
        }
    }
}
