package be.catalog.gateway.graphql;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

import jakarta.json.JsonValue;

import graphql.ExecutionResult;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.spi.config.Config;

/**
 * Writes the answer of a GraphQL execution with Jackson's streaming generator, character for character as SmallRye
 * GraphQL's {@code ExecutionResponse} writes it. SmallRye builds a {@code jakarta.json} tree of the whole answer, value
 * by value, and then writes the tree: on a page of 20 listings that was about a tenth of the service's CPU (finding 21
 * of src/bench/README.md); this writes the same text from graphql-java's result directly.
 *
 * <p>Only answers without errors or extensions, holding the values graphql-java's scalars produce, are written here:
 * for anything else {@link #render} answers null, and SmallRye's own rendering is used (errors take their extensions
 * from SmallRye's providers, {@code jakarta.json} values may have their nulls left out, other values go through
 * JSON-B). So does an application that leaves out null fields ({@code exclude-null-fields-in-responses}).
 */
public final class ResponseJson {

    private static final JsonFactory FACTORY = new JsonFactoryBuilder().characterEscapes(new ParssonEscapes()).build();

    /**
     * The result and text last taken by {@link #text} on this thread. The caching headers take the text of a
     * cacheable answer for its ETag in SmallRye's after-execution event, and the answer is written right after on the
     * same thread, which takes the text from here once rather than writing it again ({@link #written}); an answer
     * refused as not modified is never written, and the headers {@link #forget} its text. A JDK entry, not an
     * application class: a thread's leftover (dev mode writes through SmallRye's service) cannot hold the
     * application's class loader across a live reload.
     */
    private static final ThreadLocal<Map.Entry<ExecutionResult, String>> TAKEN = new ThreadLocal<>();

    private ResponseJson() {
    }

    /** The text of an answer without added extensions, by this writer or else by SmallRye's. */
    public static String text(ExecutionResult result) {
        String text = render(result, null);
        if (text == null) {
            return new ExecutionResponse(result).getExecutionResultAsString();
        }
        TAKEN.set(Map.entry(result, text));
        return text;
    }

    /** Drops the text {@link #text} took on this thread, for an answer that will not be written. */
    public static void forget() {
        TAKEN.remove();
    }

    /** The text of an answer being written: the one {@link #text} took of the same result, or else {@link #render}. */
    static String written(ExecutionResult result, Map<String, Object> addedExtensions) {
        Map.Entry<ExecutionResult, String> taken = TAKEN.get();
        if (taken != null) {
            TAKEN.remove();
            if (taken.getKey() == result && (addedExtensions == null || addedExtensions.isEmpty())) {
                return taken.getValue();
            }
        }
        return render(result, addedExtensions);
    }

    /** The answer as SmallRye would write it, or null if SmallRye must write it. */
    static String render(ExecutionResult result, Map<String, Object> addedExtensions) {
        if (!result.getErrors().isEmpty() || result.getExtensions() != null
                || addedExtensions != null && !addedExtensions.isEmpty() || !result.isDataPresent()
                || Config.get().isExcludeNullFieldsInResponses()) {
            return null;
        }
        StringWriter text = new StringWriter(1024);
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.writeStartObject();
            json.writeFieldName("data");
            if (!write(result.getData(), json)) {
                return null;
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Writes one value the way {@code ExecutionResponse.toJsonValue} converts it and Parsson writes the conversion:
     * decimals as {@link BigDecimal#toString()} (a double through {@link BigDecimal#valueOf(double)}, a float through
     * its decimal text), enums by name. False for a value SmallRye hands to JSON-B.
     */
    private static boolean write(Object value, JsonGenerator json) throws IOException {
        if (value == null) {
            json.writeNull();
            return true;
        }
        // The commonest classes of a result first, by their exact class: a test against an interface scans the class's
        // interfaces, and JDK 17 keeps one cache slot per class for all threads (JDK-8180450). No gain could be
        // measured on the two cores here (finding 21); it costs nothing either.
        Class<?> type = value.getClass();
        if (type == String.class) {
            json.writeString((String) value);
            return true;
        } else if (type == LinkedHashMap.class) {
            return writeObject((Map<?, ?>) value, json);
        } else if (type == ArrayList.class) {
            return writeArray((Collection<?>) value, json);
        }
        return writeOther(value, json);
    }

    private static boolean writeOther(Object value, JsonGenerator json) throws IOException {
        if (value instanceof JsonValue) {
            return false;
        } else if (value instanceof Map<?, ?> map) {
            return writeObject(map, json);
        } else if (value instanceof Collection<?> collection) {
            return writeArray(collection, json);
        } else if (value instanceof Boolean flag) {
            json.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short
                || value instanceof Byte || value instanceof BigInteger) {
            json.writeNumber(value.toString());
        } else if (value instanceof BigDecimal decimal) {
            json.writeNumber(decimal.toString());
        } else if (value instanceof Double number) {
            json.writeNumber(BigDecimal.valueOf(number).toString());
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number.floatValue())).toString());
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            return false;
        }
        return true;
    }

    /** SmallRye takes every key of a result map for a string. */
    private static boolean writeObject(Map<?, ?> map, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            json.writeFieldName((String) entry.getKey());
            if (!write(entry.getValue(), json)) {
                return false;
            }
        }
        json.writeEndObject();
        return true;
    }

    private static boolean writeArray(Collection<?> collection, JsonGenerator json) throws IOException {
        json.writeStartArray();
        for (Object element : collection) {
            if (!write(element, json)) {
                return false;
            }
        }
        json.writeEndArray();
        return true;
    }

    /**
     * Parsson escapes the quote, the backslash and the control characters, these with lowercase hex digits where no
     * short form exists; Jackson writes uppercase ones. Everything else, non-ASCII included, is written as it is by
     * both.
     */
    private static final class ParssonEscapes extends CharacterEscapes {

        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        ParssonEscapes() {
            for (int c = 0; c < 0x20; c++) {
                if (c != '\b' && c != '\f' && c != '\n' && c != '\r' && c != '\t') {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        /** Jackson asks for every character beyond ASCII too: null writes it as it is. */
        @Override
        public SerializableString getEscapeSequence(int ch) {
            return ch < 0x20 ? new SerializedString(String.format("\\u%04x", ch)) : null;
        }
    }
}
