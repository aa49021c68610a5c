package io.bora.server.service;

import io.bora.lang.spec.InputParam;
import io.bora.py.PyRepr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mistral's renderings of a declared input list: the {@code input} string of workflows and ad-hoc
 * actions ({@code x, y="5"}, defaults through Python {@code str()}) and the raw list that the
 * workflow {@code interface} shows ({@code ["x", {"y": 5}]}).
 */
public final class InputSignature {
    private InputSignature() {
    }

    public static String render(List<InputParam> params) {
        List<String> parts = new ArrayList<>();
        for (InputParam p : params) {
            parts.add(p.required() ? p.name() : p.name() + "=\"" + PyRepr.str(p.defaultValue()) + "\"");
        }
        return String.join(", ", parts);
    }

    public static List<Object> rawList(List<InputParam> params) {
        List<Object> raw = new ArrayList<>();
        for (InputParam p : params) {
            if (p.required()) {
                raw.add(p.name());
            } else {
                Map<String, Object> withDefault = new LinkedHashMap<>();
                withDefault.put(p.name(), p.defaultValue());
                raw.add(withDefault);
            }
        }
        return raw;
    }
}
