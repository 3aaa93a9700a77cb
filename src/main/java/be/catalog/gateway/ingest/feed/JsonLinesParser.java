package be.catalog.gateway.ingest.feed;

import java.util.HashMap;
import java.util.Map;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * JSON Lines: one flat JSON object per line, with the CSV column names as keys. Read through {@link JsonObject}'s
 * getters, so no class of ours is bound by reflection (native images). {@code certifications} may be an array.
 */
final class JsonLinesParser extends FeedParser {

    private boolean sawRecord;

    @Override
    protected FeedRecord parseText(int row, String text) {
        if (text.isBlank()) {
            return null;
        }
        sawRecord = true;
        JsonObject json;
        try {
            json = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            return FeedRecord.unreadable(row, "MALFORMED_ROW", "the line is not a JSON object");
        }
        Map<String, String> fields = new HashMap<>();
        for (String name : json.fieldNames()) {
            Object value = json.getValue(name);
            if (value instanceof JsonArray array) {
                fields.put(name, String.join("|", array.stream().map(String::valueOf).toList()));
            } else if (value != null) {
                fields.put(name, value.toString());
            }
        }
        return FeedRecord.of(row, fields);
    }

    @Override
    public boolean sawHeaderOrRecords() {
        return sawRecord;
    }
}
