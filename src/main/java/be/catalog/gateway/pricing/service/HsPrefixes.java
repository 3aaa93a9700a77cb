package be.catalog.gateway.pricing.service;

import java.util.Optional;
import java.util.function.Function;

/** Longest-prefix lookup of an HS code in a table keyed by 2- to 6-digit prefixes. */
final class HsPrefixes {

    static final int SHARED_DIGITS = 6;

    private HsPrefixes() {
    }

    static <T> Optional<T> longestMatch(String hsCode, Function<String, T> table) {
        if (hsCode == null) {
            return Optional.empty();
        }
        for (int length = Math.min(SHARED_DIGITS, hsCode.length()); length >= 2; length--) {
            T entry = table.apply(hsCode.substring(0, length));
            if (entry != null) {
                return Optional.of(entry);
            }
        }
        return Optional.empty();
    }
}
