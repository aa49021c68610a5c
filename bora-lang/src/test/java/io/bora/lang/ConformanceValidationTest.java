package io.bora.lang;

import io.bora.expr.value.JsonReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.bora.expr.Expressions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validation cases ("start": null) of the shared conformance suite, recorded from Mistral
 * 15.0.0: the parser must accept or reject each upload with the recorded first line, normalised
 * as run.py normalises it (truncate_at markers).
 */
class ConformanceValidationTest {
    static final Path CASES = Path.of(System.getProperty("bora.conformance.dir", "../../shared/conformance/workflows"));

    static Stream<Arguments> validationCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<?, ?> json = (Map<?, ?>) JsonReader.parse(Files.readString(file));
                if (json.containsKey("start") && json.get("start") == null) {
                    cases.add(Arguments.of(json.get("name"), json));
                }
            }
        }
        return cases.stream();
    }

    /** Every definition of the executing cases must be accepted as uploaded. */
    static Stream<Arguments> executingCases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(CASES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                Map<?, ?> json = (Map<?, ?>) JsonReader.parse(Files.readString(file));
                if (json.get("start") != null) {
                    cases.add(Arguments.of(json.get("name"), json));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("executingCases")
    void executingCaseDefinitionsAreAccepted(String name, Map<String, Object> testCase) {
        DslParser parser = new DslParser();
        assertThatCode(() -> {
            if (testCase.get("actions") instanceof String actions) {
                parser.parseActionList(withFixture(actions));
            }
            if (testCase.get("workbook") instanceof String wb) {
                parser.parseWorkbook(withFixture(wb));
            }
            if (testCase.get("definition") instanceof String definition) {
                parser.parseWorkflowList(withFixture(definition));
            }
        }).doesNotThrowAnyException();
    }

    /** run.py replaces this token by the fixture server's URL before uploading. */
    private static String withFixture(String text) {
        return text.replace("{{FIXTURE_URL}}", "http://127.0.0.1:9");
    }

    @Test
    void theSharedCasesAreThere() throws IOException {
        assertThat(validationCases().count()).isGreaterThanOrEqualTo(19);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validationCases")
    void uploadIsJudgedLikeMistral(String name, Map<String, Object> testCase) {
        Map<?, ?> expect = (Map<?, ?>) testCase.get("expect");
        DslParser parser = new DslParser();
        Runnable upload = () -> {
            if (testCase.get("workbook") instanceof String wb) {
                parser.parseWorkbook(wb);
            } else if (testCase.get("actions") instanceof String actions) {
                parser.parseActionList(actions);
            } else {
                parser.parseWorkflowList((String) testCase.get("definition"));
            }
        };
        if ("ok".equals(expect.get("upload"))) {
            assertThatCode(upload::run).doesNotThrowAnyException();
            return;
        }
        Map<?, ?> fault = (Map<?, ?>) expect.get("upload");
        assertThat(fault.get("status")).isEqualTo(400L);
        if (name.contains("yaql") || name.contains("jinja")) {
            assumeTrue(expressionValidationAvailable(), "bora-expr does not validate expressions yet");
        }
        DslException e = catchThrowableOfType(DslException.class, upload::run);
        assertThat(e).as("upload must be rejected").isNotNull();
        assertThat(normalise(e.getMessage(), testCase)).isEqualTo(fault.get("faultstring"));
        assertThat(e.line()).as("rejections carry a line").isPositive();
    }

    static boolean expressionValidationAvailable() {
        try {
            new Expressions().validate("<% 1 %>");
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        } catch (RuntimeException e) {
            return true;
        }
    }

    private static String normalise(String message, Map<String, Object> testCase) {
        String v = message;
        if (testCase.get("compare") instanceof Map<?, ?> compare && compare.get("truncate_at") instanceof List<?> markers) {
            for (Object marker : markers) {
                int i = v.indexOf((String) marker);
                if (i >= 0) {
                    v = v.substring(0, i);
                }
            }
        }
        int nl = v.indexOf('\n');
        return nl < 0 ? v : v.substring(0, nl);
    }
}
