package io.bora.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The result of parsing {@code "name key=value ..."}: the name and the inline params in text order. */
public record InlineCall(String name, Map<String, Object> params) {
    public InlineCall {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params == null ? Map.of() : params));
    }
}
