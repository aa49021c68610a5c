package io.bora.store.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text for the JSON-shaped columns, in the engine's plain value model: null, Boolean,
 * Long or BigInteger, Double, String, List, LinkedHashMap. Written and read with the streaming
 * API because it runs on every transition; integers stay integers ({@code 1} is not
 * {@code 1.0}), big integers stay exact, key order is kept, and NaN/Infinity survive as numbers
 * (Python's json module writes them that way too).
 */
public final class JsonCodec {

    private static final ObjectMapper FALLBACK = new ObjectMapper();
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
            .build()
            .setCodec(FALLBACK);

    private JsonCodec() {
    }

    /** JSON text of a value; null stays null (SQL NULL), a stored JSON null is {@code "null"}. */
    public static String writeNullable(Object value) {
        return value == null ? null : write(value);
    }

    public static String write(Object value) {
        StringWriter out = new StringWriter(64);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeValue(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public static Object read(String text) {
        if (text == null) return null;
        try (JsonParser p = FACTORY.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) return null;
            return readValue(p, first);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored JSON is not readable: " + abbreviate(text), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> readMap(String text) {
        Object value = read(text);
        if (value == null || value instanceof Map) return (Map<String, Object>) value;
        throw new IllegalStateException("Stored JSON is not an object: " + abbreviate(text));
    }

    @SuppressWarnings("unchecked")
    public static <T> List<T> readList(String text) {
        Object value = read(text);
        if (value == null || value instanceof List) return (List<T>) value;
        throw new IllegalStateException("Stored JSON is not a list: " + abbreviate(text));
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        switch (value) {
            case null -> g.writeNull();
            case String s -> g.writeString(s);
            case Boolean b -> g.writeBoolean(b);
            case Long l -> g.writeNumber(l);
            case Integer i -> g.writeNumber(i);
            case Short s -> g.writeNumber(s);
            case Byte b -> g.writeNumber(b);
            case BigInteger big -> g.writeNumber(big);
            case Double d -> g.writeNumber(d);
            case Float f -> g.writeNumber(f.doubleValue());
            case BigDecimal dec -> g.writeNumber(dec);
            case Map<?, ?> map -> {
                g.writeStartObject();
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    g.writeFieldName(String.valueOf(e.getKey()));
                    writeValue(g, e.getValue());
                }
                g.writeEndObject();
            }
            case Iterable<?> items -> {
                g.writeStartArray();
                for (Object item : items) writeValue(g, item);
                g.writeEndArray();
            }
            case Object[] items -> {
                g.writeStartArray();
                for (Object item : items) writeValue(g, item);
                g.writeEndArray();
            }
            case Enum<?> e -> g.writeString(e.name());
            case CharSequence cs -> g.writeString(cs.toString());
            // Anything else (a record, a date) goes through databind rather than failing the commit.
            default -> FALLBACK.writeValue(g, value);
        }
    }

    private static Object readValue(JsonParser p, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    map.put(key, readValue(p, p.nextToken()));
                }
                if (t != JsonToken.END_OBJECT) throw new IOException("Unexpected token " + t);
                yield map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) throw new IOException("Unterminated array");
                    list.add(readValue(p, t));
                }
                yield list;
            }
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? p.getBigIntegerValue()
                    : (Object) p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("Unexpected token " + token);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
