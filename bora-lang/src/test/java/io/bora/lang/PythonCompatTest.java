package io.bora.lang;

import io.bora.expr.value.JsonReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Python behaviours the DSL values depend on: json.loads, PyYAML loading (repr() is bora-py's). */
class PythonCompatTest {

    @Test
    void jsonLoadsLikePython() {
        assertThat(JsonReader.parse("[1, 2.0, \"a\", true, null, {\"k\": [NaN]}]")).isEqualTo(
                Arrays.asList(1L, 2.0, "a", true, null, Map.of("k", List.of(Double.NaN))));
        assertThat(JsonReader.parse("123456789012345678901234567890"))
                .isEqualTo(new java.math.BigInteger("123456789012345678901234567890"));
        assertThatThrownBy(() -> JsonReader.parse("[1, 2,]")).hasMessage("Expecting value: line 1 column 7 (char 6)");
        assertThatThrownBy(() -> JsonReader.parse("007")).hasMessage("Extra data: line 1 column 2 (char 1)");
        assertThatThrownBy(() -> JsonReader.parse("[a]")).hasMessage("Expecting value: line 1 column 2 (char 1)");
    }

    @Test
    void yamlMergeKeysDuplicatesAndPositions() {
        YamlNode root = YamlLoader.load("""
                base: &b {x: 1, y: 2}
                other:
                  <<: *b
                  y: 3
                dup: 1
                dup: 2
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) root.value;
        assertThat(value.get("other")).isEqualTo(Map.of("x", 1L, "y", 3L));
        assertThat(value.get("dup")).isEqualTo(2L);
        assertThat(value.keySet()).containsExactly("base", "other", "dup");
        assertThat(root.field("other").field("y").line).isEqualTo(4);
        assertThat(root.field("other").field("y").column).isEqualTo(6);
        assertThat(root.key("dup").line).isEqualTo(6);
    }

    @Test
    void uuidLikeNamesAsOsloSeesThem() {
        assertThat(WorkflowBuilder.isUuidLike("123e4567-e89b-12d3-a456-426614174000")).isTrue();
        assertThat(WorkflowBuilder.isUuidLike("{123E4567E89B12D3A456426614174000}")).isTrue();
        assertThat(WorkflowBuilder.isUuidLike("urn:uuid:123e4567-e89b-12d3-a456-426614174000")).isTrue();
        assertThat(WorkflowBuilder.isUuidLike("123e4567-e89b-12d3-a456-42661417400")).isFalse();
        assertThat(WorkflowBuilder.isUuidLike("my_workflow")).isFalse();
    }
}
