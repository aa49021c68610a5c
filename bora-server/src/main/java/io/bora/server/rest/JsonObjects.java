package io.bora.server.rest;


import io.bora.py.PyRepr;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Mistral's "JsonType": a JSON object given either as an object or as a string holding one. */
public final class JsonObjects {
    private JsonObjects() {
    }

    /**
     * @param argument body name for the message prefix, or null for the bare message
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> decode(Object value, String argument) {
        Object decoded = value;
        if (value instanceof String s) {
            try {
                decoded = Json.parse(s);
            } catch (IOException e) {
                throw HttpError.badRequest(prefix(argument, value) + "Value '" + s + "' is not a valid JSON");
            }
        }
        if (decoded instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw HttpError.badRequest(prefix(argument, value) + "JsonType field value must be a dictionary [actual="
                + PyRepr.str(decoded) + "]");
    }

    private static String prefix(String argument, Object value) {
        if (argument == null) {
            return "";
        }
        return "Invalid input for field/attribute " + argument + ". Value: '" + PyRepr.str(value) + "'. ";
    }
}
