package io.bora.engine.cron;

import io.bora.engine.model.CronTrigger;
import io.bora.expr.mistral.JsonText;

/**
 * The {@code description} of an execution a trigger starts: the JSON text Mistral writes
 * (spec §9), spaced as Python's {@code json.dumps} spaces it. Built by hand because the engine
 * carries no JSON library; its strings are quoted by the expression engine's {@code json.dumps}.
 */
final class CronDescription {
    private CronDescription() {
    }

    static String of(CronTrigger t) {
        return "{\"description\": " + quote("Workflow execution created by cron trigger '(" + t.id() + ")'.")
                + ", \"triggered_by\": {\"type\": \"cron_trigger\", \"id\": " + quote(t.id())
                + ", \"name\": " + quote(t.name()) + "}}";
    }

    /** A JSON string literal with non-ASCII escaped, as json.dumps writes it (the expression engine's json). */
    static String quote(String s) {
        return JsonText.dump(s, -1, false);
    }
}
