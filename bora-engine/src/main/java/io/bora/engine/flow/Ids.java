package io.bora.engine.flow;

import java.util.UUID;

/** Execution ids: UUID4 strings, as Mistral's. */
public final class Ids {
    private Ids() {
    }

    public static String next() {
        return UUID.randomUUID().toString();
    }
}
