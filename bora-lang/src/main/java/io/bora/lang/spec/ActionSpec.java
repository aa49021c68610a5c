package io.bora.lang.spec;

import java.util.List;
import java.util.Map;

/**
 * An ad-hoc action. {@code base} is the base action's name only; {@code baseInput} is
 * {@code base-input} merged with the inline params of {@code base} (inline wins).
 */
public record ActionSpec(String name, String description, List<String> tags, String base,
        Map<String, Object> baseInput, List<InputParam> input, Object output, String definition) {

    public ActionSpec {
        tags = Frozen.list(tags == null ? List.of() : tags);
        baseInput = Frozen.rawMap(baseInput == null ? Map.of() : baseInput);
        input = Frozen.list(input == null ? List.of() : input);
        output = Frozen.value(output);
    }
}
