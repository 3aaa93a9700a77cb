package be.catalog.gateway.i18n;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Embeddable;

import io.vertx.mutiny.sqlclient.Row;

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
    public String zhTw;

    public LocalizedText() {
    }

    public LocalizedText(String en, String fr, String nl, String de, String zhCn, String zhTw) {
        this.en = en;
        this.fr = fr;
        this.nl = nl;
        this.de = de;
        this.zhCn = zhCn;
        this.zhTw = zhTw;
    }

    /** Reads the columns {@code <prefix>en, <prefix>fr, ..., <prefix>zh_tw} of a row. */
    public static LocalizedText fromColumns(Row row, String prefix) {
        return new LocalizedText(row.getString(prefix + "en"), row.getString(prefix + "fr"),
                row.getString(prefix + "nl"), row.getString(prefix + "de"), row.getString(prefix + "zh_cn"),
                row.getString(prefix + "zh_tw"));
    }

    public String get(ContentLocale locale) {
        return switch (locale) {
            case EN -> en;
            case FR -> fr;
            case NL -> nl;
            case DE -> de;
            case ZH_CN -> zhCn;
            case ZH_TW -> zhTw;
        };
    }

    /** The text in the first locale of {@code chain} that has one; {@code null} when none has. */
    public LocalizedString resolve(List<ContentLocale> chain) {
        for (ContentLocale locale : chain) {
            String text = get(locale);
            if (text != null) {
                return new LocalizedString(text, locale);
            }
        }
        return null;
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
