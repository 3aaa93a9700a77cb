package be.catalog.gateway.i18n;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Decides the chain of locales a text is looked up in: the {@code locale} argument when given, else the best match of
 * the request's {@code Accept-Language}, else English; then that locale's configured fallbacks; English last.
 */
@ApplicationScoped
public class LocaleNegotiation {

    private final Map<ContentLocale, List<ContentLocale>> chains = new EnumMap<>(ContentLocale.class);

    public LocaleNegotiation(LocaleConfig config) {
        for (ContentLocale locale : ContentLocale.values()) {
            Set<ContentLocale> chain = new LinkedHashSet<>();
            chain.add(locale);
            chain.addAll(config.fallback().getOrDefault(locale, List.of()));
            chain.add(ContentLocale.EN);
            chains.put(locale, List.copyOf(chain));
        }
    }

    public List<ContentLocale> chain(ContentLocale requested) {
        return chains.get(requested == null ? ContentLocale.EN : requested);
    }

    /** The chain for an explicit argument, or else for the header (which may be null). */
    public List<ContentLocale> chain(ContentLocale argument, String acceptLanguage) {
        return chain(argument != null ? argument : fromAcceptLanguage(acceptLanguage).orElse(ContentLocale.EN));
    }

    static Optional<ContentLocale> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        List<ContentLocale> matches = new ArrayList<>();
        for (Locale.LanguageRange range : ranges) {
            if (range.getWeight() > 0) {
                match(range.getRange()).ifPresent(matches::add);
            }
        }
        return matches.stream().findFirst();
    }

    /** zh-Hant, zh-TW, zh-HK and zh-MO are written in Traditional characters; other Chinese in Simplified. */
    private static Optional<ContentLocale> match(String range) {
        String tag = range.toLowerCase(Locale.ROOT);
        if (tag.equals("zh-tw") || tag.startsWith("zh-hant") || tag.equals("zh-hk") || tag.equals("zh-mo")) {
            return Optional.of(ContentLocale.ZH_TW);
        }
        String language = tag.split("-")[0];
        return switch (language) {
            case "zh" -> Optional.of(ContentLocale.ZH_CN);
            case "en" -> Optional.of(ContentLocale.EN);
            case "fr" -> Optional.of(ContentLocale.FR);
            case "nl" -> Optional.of(ContentLocale.NL);
            case "de" -> Optional.of(ContentLocale.DE);
            default -> Optional.empty();
        };
    }
}
