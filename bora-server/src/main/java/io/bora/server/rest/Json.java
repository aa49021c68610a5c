package io.bora.server.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.UncheckedIOException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON on the wire. Parsed values follow the engine's plain value model (integers as Long,
 * objects as insertion-ordered maps).
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Any JSON value; throws JsonProcessingException (an IOException) when the text is not JSON. */
    public static Object parse(String text) throws IOException {
        return MAPPER.readValue(text, Object.class);
    }

    /** A JSON object, or null when the text is not one. */
    public static Map<String, Object> parseObjectOrNull(String text) {
        try {
            Object v = MAPPER.readValue(text, Object.class);
            if (v instanceof Map<?, ?>) {
                return MAPPER.convertValue(v, new TypeReference<LinkedHashMap<String, Object>>() { });
            }
            return null;
        } catch (IOException e) {
            return null;
        }
    }
}
