package be.catalog.gateway.ingest.feed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * CSV with a header line naming the columns. The delimiter, {@code ;} (as Belgian spreadsheets write it) or {@code ,},
 * is whichever occurs more in the header. Fields may be quoted with {@code "} ({@code ""} inside is a quote); a quoted
 * field does not span lines.
 */
final class CsvParser extends FeedParser {

    private List<String> columns;
    private char delimiter;

    @Override
    protected FeedRecord parseText(int row, String text) {
        if (text.isBlank()) {
            return null;
        }
        if (columns == null) {
            delimiter = count(text, ';') > count(text, ',') ? ';' : ',';
            List<String> names = split(text, delimiter);
            if (names == null || !names.contains(FeedMapping.EXTERNAL_ID)) {
                throw new FeedFailure("INVALID_HEADER", "the first line must name the columns, externalId among them");
            }
            columns = names.stream().map(String::strip).toList();
            return null;
        }
        List<String> values = split(text, delimiter);
        if (values == null) {
            return FeedRecord.unreadable(row, "MALFORMED_ROW", "a quoted field is not closed");
        }
        if (values.size() != columns.size()) {
            return FeedRecord.unreadable(row, "MALFORMED_ROW",
                    "the row has " + values.size() + " fields, the header " + columns.size());
        }
        Map<String, String> fields = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            fields.put(columns.get(i), values.get(i));
        }
        return FeedRecord.of(row, fields);
    }

    @Override
    public boolean sawHeaderOrRecords() {
        return columns != null;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(ch -> ch == c).count();
    }

    /** The fields of a line; null when a quote is not closed. */
    static List<String> split(String line, char delimiter) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            return null;
        }
        fields.add(field.toString());
        return fields;
    }
}
