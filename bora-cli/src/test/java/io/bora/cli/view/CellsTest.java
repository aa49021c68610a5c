package io.bora.cli.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class CellsTest {
    @Test
    void cutKeepsTwentyFiveCharactersAndAddsDots() {
        assertThat(Cells.cut("Failure caused by error in tasks: boom")).isEqualTo("Failure caused by error i...");
        assertThat(Cells.cut("exactly twenty-five chars")).isEqualTo("exactly twenty-five chars");
        assertThat(Cells.cut(null)).isNull();
    }

    @Test
    void tagsAreJoinedWrappedAtTwentyFiveOrNone() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertThat(Cells.tags(json.readTree("{\"tags\": [\"cli\", \"conformance\"]}"))).isEqualTo("cli, conformance");
        assertThat(Cells.tags(json.readTree("{\"tags\": []}"))).isEqualTo("<none>");
        assertThat(Cells.tags(json.readTree("{}"))).isEqualTo("<none>");
        assertThat(Cells.tags(json.readTree("{\"tags\": [\"alpha\", \"beta\", \"gamma\", \"delta\", \"epsilon\"]}")))
                .isEqualTo("alpha, beta, gamma,\ndelta, epsilon");
    }

    @Test
    void orNoneTreatsPythonFalsyValuesAsNone() {
        assertThat(Cells.orNone(null)).isEqualTo("<none>");
        assertThat(Cells.orNone("")).isEqualTo("<none>");
        assertThat(Cells.orNone("x")).isEqualTo("x");
    }

    @Test
    void timedeltaTextIsPythons() {
        assertThat(Durations.timedelta(1)).isEqualTo("0:00:01");
        assertThat(Durations.timedelta(3662)).isEqualTo("1:01:02");
        assertThat(Durations.timedelta(86_400 + 5)).isEqualTo("1 day, 0:00:05");
        assertThat(Durations.timedelta(2 * 86_400)).isEqualTo("2 days, 0:00:00");
        assertThat(Durations.timedelta(-1)).isEqualTo("-1 day, 23:59:59");
    }
}
