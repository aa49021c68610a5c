package io.bora.engine.cron;

import io.bora.engine.model.CronTrigger;

/**
 * The {@code description} of an execution a trigger starts: the JSON text Mistral writes
 * (spec §9), spaced as Python's {@code json.dumps} spaces it. Built by hand because the engine
 * carries no JSON library.
 */
final class CronDescription {
    private CronDescription() {
    }

    static String of(CronTrigger t) {
        return "{\"description\": " + quote("Workflow execution created by cron trigger '(" + t.id() + ")'.")
                + ", \"triggered_by\": {\"type\": \"cron_trigger\", \"id\": " + quote(t.id())
                + ", \"name\": " + quote(t.name()) + "}}";
    }

    /** A JSON string literal with non-ASCII escaped, as json.dumps does by default. */
    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
