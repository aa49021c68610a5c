package io.bora.lang;

import io.bora.lang.spec.ActionSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One ad-hoc action (spec §6): {@code base} with inline params, {@code base-input}, {@code input}, {@code output}. */
final class ActionBuilder {
    private ActionBuilder() {
    }

    @SuppressWarnings("unchecked")
    static ActionSpec build(String name, Object body, Where where, String definition, ExpressionChecker checker) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (body instanceof Map<?, ?> map) {
            data.putAll((Map<String, Object>) map);
        }
        data.put("name", name);
        data.put("version", "2.0");
        where.validate(body instanceof Map ? data : body, DslSchemas.ACTION);

        InlineCall base;
        try {
            base = InlineParser.parse((String) data.get("base"));
        } catch (DslException e) {
            throw where.child("base").relocate(e);
        }
        checker.check(base.params(), where.child("base"));
        checker.check(data.get("base-input"), where.child("base-input"));
        if (data.get("output") instanceof String output) {
            checker.check(output, where.child("output"));
        }
        Map<String, Object> baseInput = new LinkedHashMap<>();
        if (data.get("base-input") instanceof Map<?, ?> given) {
            baseInput.putAll((Map<String, Object>) given);
        }
        baseInput.putAll(base.params());
        return new ActionSpec(name, (String) data.get("description"),
                data.get("tags") instanceof List<?> tags ? (List<String>) tags : List.of(),
                base.name(), baseInput, InputParams.from(data.get("input")), data.get("output"), definition);
    }
}
