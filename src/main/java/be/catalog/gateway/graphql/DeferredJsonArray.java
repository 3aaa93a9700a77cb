package be.catalog.gateway.graphql;

import java.util.AbstractList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** A JSON array built on first use, once; until then it costs one allocation. */
final class DeferredJsonArray extends AbstractList<JsonValue> implements JsonArray {

    private final Supplier<JsonArray> build;
    private volatile JsonArray array;

    DeferredJsonArray(Supplier<JsonArray> build) {
        this.build = build;
    }

    private JsonArray array() {
        JsonArray built = array;
        if (built == null) {
            synchronized (this) {
                built = array;
                if (built == null) {
                    built = build.get();
                    array = built;
                }
            }
        }
        return built;
    }

    @Override
    public JsonValue get(int index) {
        return array().get(index);
    }

    @Override
    public int size() {
        return array().size();
    }

    @Override
    public JsonObject getJsonObject(int index) {
        return array().getJsonObject(index);
    }

    @Override
    public JsonArray getJsonArray(int index) {
        return array().getJsonArray(index);
    }

    @Override
    public JsonNumber getJsonNumber(int index) {
        return array().getJsonNumber(index);
    }

    @Override
    public JsonString getJsonString(int index) {
        return array().getJsonString(index);
    }

    @Override
    public <T extends JsonValue> List<T> getValuesAs(Class<T> type) {
        return array().getValuesAs(type);
    }

    @Override
    public String getString(int index) {
        return array().getString(index);
    }

    @Override
    public String getString(int index, String defaultValue) {
        return array().getString(index, defaultValue);
    }

    @Override
    public int getInt(int index) {
        return array().getInt(index);
    }

    @Override
    public int getInt(int index, int defaultValue) {
        return array().getInt(index, defaultValue);
    }

    @Override
    public boolean getBoolean(int index) {
        return array().getBoolean(index);
    }

    @Override
    public boolean getBoolean(int index, boolean defaultValue) {
        return array().getBoolean(index, defaultValue);
    }

    @Override
    public boolean isNull(int index) {
        return array().isNull(index);
    }

    @Override
    public ValueType getValueType() {
        return ValueType.ARRAY;
    }

    @Override
    public String toString() {
        return array().toString();
    }
}
