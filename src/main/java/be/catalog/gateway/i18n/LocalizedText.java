package be.catalog.gateway.i18n;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.Embeddable;

/**
 * One text in every catalog locale; English is always present. Stored as one column per locale.
 */
@Embeddable
public class LocalizedText {

    public String en;
    public String fr;
    public String nl;
    public String de;
    public String zhCn;

    public LocalizedText() {
    }

    public LocalizedText(String en, String fr, String nl, String de, String zhCn) {
        this.en = en;
        this.fr = fr;
        this.nl = nl;
        this.de = de;
        this.zhCn = zhCn;
    }

    public String get(ContentLocale locale) {
        return switch (locale) {
            case EN -> en;
            case FR -> fr;
            case NL -> nl;
            case DE -> de;
            case ZH_CN -> zhCn;
        };
    }

    /** The text in {@code requested}, else in English; {@code null} only when there is no text at all. */
    public LocalizedString resolve(ContentLocale requested) {
        ContentLocale locale = requested == null ? ContentLocale.EN : requested;
        String text = get(locale);
        if (text != null) {
            return new LocalizedString(text, locale);
        }
        return en == null ? null : new LocalizedString(en, ContentLocale.EN);
    }

    public Map<ContentLocale, String> asMap() {
        Map<ContentLocale, String> texts = new EnumMap<>(ContentLocale.class);
        for (ContentLocale locale : ContentLocale.values()) {
            if (get(locale) != null) {
                texts.put(locale, get(locale));
            }
        }
        return texts;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LocalizedText that && asMap().equals(that.asMap());
    }

    @Override
    public int hashCode() {
        return asMap().hashCode();
    }
}
