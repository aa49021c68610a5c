package io.bora.expr.value;

import io.bora.expr.ExpressionException;
import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages and values as CPython 3's json.loads gives them for the same text. */
class JsonReaderTest {

    @Test
    void errorsSayWhatAndWhereAsPythonDoes() {
        Map<String, String> cases = new java.util.LinkedHashMap<>(Map.of(
                "\"abc", "Unterminated string starting at: line 1 column 1 (char 0)",
                "{\"a\": 1,}", "Expecting property name enclosed in double quotes: line 1 column 9 (char 8)",
                "[1, 2", "Expecting ',' delimiter: line 1 column 6 (char 5)",
                "1 2", "Extra data: line 1 column 3 (char 2)",
                "{\"a\" 1}", "Expecting ':' delimiter: line 1 column 6 (char 5)",
                "\"\\q\"", "Invalid \\escape: line 1 column 2 (char 1)",
                "[-]", "Expecting value: line 1 column 2 (char 1)",
                "", "Expecting value: line 1 column 1 (char 0)",
                "[1,\n 2,\n x]", "Expecting value: line 3 column 2 (char 9)",
                "\"a\u0001\"", "Invalid control character at: line 1 column 3 (char 2)"));
        cases.put("\"\\u12\"", "Invalid \\uXXXX escape: line 1 column 3 (char 2)");
        cases.put("\"ab\\u+123\"", "Invalid \\uXXXX escape: line 1 column 5 (char 4)");
        cases.put("\"ab\\", "Unterminated string starting at: line 1 column 1 (char 0)");
        cases.forEach((text, message) -> assertThatThrownBy(() -> JsonReader.parse(text)).as(text)
                .isInstanceOf(ExpressionException.class).hasMessageContaining(message));
    }

    @Test
    void valuesAreIntsOfAnySizeAndTheLastOfDuplicateKeys() {
        assertThat(JsonReader.parse("12345678901234567890123")).isEqualTo(new BigInteger("12345678901234567890123"));
        assertThat(JsonReader.parse("[1, 1.5, NaN]")).asList().containsExactly(1L, 1.5, Double.NaN);
        assertThat(JsonReader.parse("{\"k\": 1, \"k\": 2}")).isEqualTo(Map.of("k", 2L));
    }
}
