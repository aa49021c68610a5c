package io.bora.lang.spec;

import java.util.Map;
import java.util.Set;

/**
 * One transition entry: a task name or an engine command (fail/succeed/pause/noop) with its
 * params (e.g. msg), and an optional condition expression (null = unconditional).
 */
public record Transition(String target, Map<String, Object> params, String condition) {

    public static final Set<String> ENGINE_COMMANDS = Set.of("fail", "succeed", "pause", "noop");

    public Transition {
        params = Frozen.rawMap(params == null ? Map.of() : params);
    }

    /**
     * True when the target names an engine command; a real task of the same name wins, so the
     * caller passes the workflow's task names.
     */
    public boolean isEngineCommand(Set<String> taskNames) {
        return ENGINE_COMMANDS.contains(target) && !taskNames.contains(target);
    }
}
