package io.bora.actions;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Python's json.loads and argument conversions, as the standard actions apply them. */
class PythonFormsTest {

    @Test
    void jsonLoadsGivesThePlainModel() throws Exception {
        assertThat(PythonJson.loads("{\"a\": 1, \"b\": 99999999999999999999, \"c\": 1.5, \"d\": [true, null]}"))
                .isEqualTo(Map.of("a", 1L, "b", new BigInteger("99999999999999999999"), "c", 1.5,
                        "d", Arrays.asList(true, null)));
    }

    @Test
    void inputConversionsFollowPython() {
        ActionInput in = new ActionInput(Map.of("f", "2.5", "i", 3.9, "s", "7", "bad", "x", "t", List.of()));
        assertThat(in.floatOr("f", 0)).isEqualTo(2.5);
        assertThat(in.intOr("i", 0)).isEqualTo(3);
        assertThat(in.intOr("s", 0)).isEqualTo(7);
        assertThat(in.intOr("bad", -1)).isEqualTo(-1);
        assertThat(in.intOr("f", -1)).as("int('2.5') fails in Python").isEqualTo(-1);
        assertThat(in.truthy("t")).isFalse();
        assertThat(ActionInput.isTruthy(0L)).isFalse();
        assertThat(ActionInput.isTruthy("0")).isTrue();
    }
}
