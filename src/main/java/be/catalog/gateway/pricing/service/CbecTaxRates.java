package be.catalog.gateway.pricing.service;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import be.catalog.gateway.pricing.CbecTaxRule;
import io.quarkus.runtime.Startup;

/**
 * China's import tax rates per HS code prefix, read from {@code pricing/cbec-tax-rates.csv} (where the legal sources
 * are cited). Loaded at start-up so that a broken file stops the service instead of the first buyer's request; a
 * {@code @Singleton} has no client proxy, so the file is read exactly once.
 */
@Startup
@Singleton
public class CbecTaxRates {

    static final String RESOURCE = "pricing/cbec-tax-rates.csv";

    private final Map<String, CbecTaxRule> rules = new HashMap<>();

    public CbecTaxRates() {
        for (DataFile.Line line : DataFile.read(RESOURCE, 7)) {
            CbecTaxRule rule = new CbecTaxRule(DataFile.hsPrefix(line), line.cell(1), percent(line, 2), percent(line, 3),
                    percent(line, 4), amount(line, 5), optionalAmount(line, 6).orElse(null));
            if (rules.put(rule.hsPrefix(), rule) != null) {
                throw line.error("HS prefix " + rule.hsPrefix() + " is listed twice");
            }
        }
    }

    /** The rule of the longest prefix of {@code hsCode} that has one. */
    public Optional<CbecTaxRule> ruleFor(String hsCode) {
        return HsPrefixes.longestMatch(hsCode, rules::get);
    }

    private static BigDecimal percent(DataFile.Line line, int column) {
        BigDecimal percent = amount(line, column);
        if (percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw line.error("a rate in percent must be below 100, was " + percent);
        }
        return percent.movePointLeft(2);
    }

    private static BigDecimal amount(DataFile.Line line, int column) {
        return optionalAmount(line, column).orElse(BigDecimal.ZERO);
    }

    private static Optional<BigDecimal> optionalAmount(DataFile.Line line, int column) {
        String cell = line.cell(column);
        if (cell.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal value = new BigDecimal(cell);
            if (value.signum() < 0) {
                throw line.error("column " + (column + 1) + " must not be negative, was " + cell);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw line.error("column " + (column + 1) + " is not a number: '" + cell + "'");
        }
    }
}
