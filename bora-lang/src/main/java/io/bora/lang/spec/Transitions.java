package io.bora.lang.spec;

import java.util.List;
import java.util.Map;

/**
 * One {@code on-success}/{@code on-error}/{@code on-complete} clause. {@code publish} and
 * {@code publishGlobal} are the advanced form's {@code publish: {branch, global}} sections,
 * null in the simple forms or when that section is absent.
 */
public record Transitions(List<Transition> next, Map<String, Object> publish,
        Map<String, Object> publishGlobal) {

    public Transitions {
        next = Frozen.list(next == null ? List.of() : next);
        publish = Frozen.rawMap(publish);
        publishGlobal = Frozen.rawMap(publishGlobal);
    }
}
