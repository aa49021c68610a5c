package io.bora.actions;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ActionRegistryTest {

    private final ActionRegistry registry = ActionRegistry.standard();

    @Test
    void listsActionsSortedByNameWithMistralSignatures() {
        List<String> names = registry.all().stream().map(ActionType::name).toList();
        assertThat(names).isSorted().contains("std.echo", "std.noop", "std.fail", "std.test_dict");
        assertThat(echo().signature()).isEqualTo("output, delay=0");
        assertThat(registry.find("std.test_dict").orElseThrow().signature())
                .isEqualTo("size=0, key_prefix=\"\", val=\"\"");
        assertThat(registry.find("std.fail").orElseThrow().signature()).isEqualTo("error_data=null");
        assertThat(registry.find("std.noop").orElseThrow().signature()).isEmpty();
        assertThat(registry.find("nope.nope")).isEmpty();
    }

    @Test
    void descriptionsAndInputsMatchTheListingRecordedFromMistral() {
        // conformance/api/expected-mistral15.json: GET /v2/actions/std.echo, std.noop, std.http
        assertThat(echo().description()).isEqualTo("Echo action.");
        assertThat(registry.find("std.noop").orElseThrow().description()).isEqualTo("No-operation action.");
        assertThat(registry.find("std.http").orElseThrow().description()).isEqualTo("HTTP action.");
        assertThat(registry.all().stream().map(ActionType::name)).containsExactly(
                "std.async_noop", "std.echo", "std.email", "std.fail", "std.http", "std.javascript", "std.js",
                "std.mistral_http", "std.noop", "std.sleep", "std.ssh", "std.ssh_proxied", "std.test_dict");
        assertThat(registry.all()).allSatisfy(type -> assertThat(type.description()).isNotBlank());
    }

    @Test
    void prepareInputFillsDefaultsInSignatureOrder() {
        Map<String, Object> prepared = registry.prepareInput(echo(), Map.of("output", "x"));
        assertThat(prepared).containsExactly(Map.entry("output", "x"), Map.entry("delay", 0L));
    }

    @Test
    void prepareInputReportsMissingAndUnexpectedLikeMistral() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("wrong", 1L);
        assertThatThrownBy(() -> registry.prepareInput(echo(), input))
                .isInstanceOf(InvalidActionInputException.class)
                .hasMessage("Invalid input [name=std.echo, class=mistral.actions.std_actions.EchoAction,"
                        + " missing=['output'], unexpected=['wrong']]");
        assertThatThrownBy(() -> registry.prepareInput(echo(), Map.of()))
                .hasMessage("Invalid input [name=std.echo, class=mistral.actions.std_actions.EchoAction,"
                        + " missing=['output']]");
    }

    @Test
    void catchAllParameterAcceptsExtraInput() {
        ActionType open = new FixedAction("x.open", List.of(ActionParameter.required("a"), ActionParameter.anyOther("kwargs")));
        assertThat(open.signature()).isEqualTo("a, **kwargs");
        assertThat(ActionRegistry.check(open, Map.of("a", 1L, "b", 2L))).containsEntry("b", 2L).containsEntry("a", 1L);
    }

    @Test
    void exceptionsInsideRunBecomeMistralFailureText() throws InterruptedException {
        ActionType failing = ActionRegistry.of(List.of(new FixedAction("x.boom", List.of()))).find("x.boom").orElseThrow();
        ActionResult result = failing.run(Map.of(), ActionContext.standalone("ae-1"));
        assertThat(result).isInstanceOf(ActionResult.Failure.class);
        assertThat((String) ((ActionResult.Failure) result).error())
                .startsWith("The action raised an exception [action=<")
                .endsWith(", action_ex_id=ae-1, msg='boom']");
    }

    @Test
    void maskSecretsHidesOnlySecretParameters() {
        ActionType type = new FixedAction("x.login", List.of(ActionParameter.required("user"),
                ActionParameter.optionalSecret("password", "")));
        Map<String, Object> masked = ActionRegistry.maskSecrets(type, Map.of("user", "bob", "password", "hunter2"));
        assertThat(masked).containsEntry("user", "bob").containsEntry("password", ActionRegistry.MASK);
    }

    private ActionType echo() {
        return registry.find("std.echo").orElseThrow();
    }

    /** An action that always throws, to exercise the guard. */
    private record FixedAction(String name, List<ActionParameter> parameters) implements ActionType {
        @Override
        public String description() {
            return "";
        }

        @Override
        public boolean async() {
            return false;
        }

        @Override
        public ActionResult run(Map<String, Object> input, ActionContext context) {
            throw new IllegalStateException("boom");
        }
    }
}
