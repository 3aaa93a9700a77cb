package be.catalog.gateway.i18n;

import static be.catalog.gateway.common.ResultColumns.position;

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

    /** Where the six columns {@code <prefix>en, <prefix>fr, ..., <prefix>zh_tw} of a localized text are in a result. */
    public record Columns(int en, int fr, int nl, int de, int zhCn, int zhTw) {

        /** The columns {@code <prefix>en, ..., <prefix>zh_tw} of {@code row}'s result. */
        public static Columns of(Row row, String prefix) {
            return new Columns(position(row, prefix + "en"), position(row, prefix + "fr"),
                    position(row, prefix + "nl"), position(row, prefix + "de"),
                    position(row, prefix + "zh_cn"), position(row, prefix + "zh_tw"));
        }

        public LocalizedText read(Row row) {
            return new LocalizedText(row.getString(en), row.getString(fr), row.getString(nl), row.getString(de),
                    row.getString(zhCn), row.getString(zhTw));
        }
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
