package be.catalog.gateway.pricing.service;

import java.util.HashSet;
import java.util.Set;

import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/**
 * China's List of Cross-border E-commerce Retail Imports, as HS prefixes read from
 * {@code pricing/cbec-positive-list.csv} (sources cited there). Only goods on it can be bought through CBEC. Read once,
 * at start-up, like {@link CbecTaxRates}.
 */
@Startup
@Singleton
public class CbecPositiveList {

    static final String RESOURCE = "pricing/cbec-positive-list.csv";

    private final Set<String> prefixes = new HashSet<>();

    public CbecPositiveList() {
        for (DataFile.Line line : DataFile.read(RESOURCE, 2)) {
            if (!prefixes.add(DataFile.hsPrefix(line))) {
                throw line.error("HS prefix " + line.cell(0) + " is listed twice");
            }
        }
    }

    public boolean contains(String hsCode) {
        return HsPrefixes.longestMatch(hsCode, prefix -> prefixes.contains(prefix) ? prefix : null).isPresent();
    }
}
