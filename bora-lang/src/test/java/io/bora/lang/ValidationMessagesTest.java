package io.bora.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** Every row of workflow-language.md §10 (first line exact), plus where each error is reported. */
class ValidationMessagesTest {
    private final DslParser parser = new DslParser();

    private DslException rejectList(String yaml) {
        DslException e = catchThrowableOfType(DslException.class, () -> parser.parseWorkflowList(yaml));
        assertThat(e).as("expected a rejection of:\n" + yaml).isNotNull();
        return e;
    }

    private static String wf(String tasks) {
        return "version: '2.0'\nwf:\n  tasks:\n" + tasks;
    }

    @Test
    void yamlSyntaxError() {
        DslException e = rejectList("version: '2.0'\nwf:\n  tasks:\n    t1:\n      action: std.noop\n     bad: 1\n");
        assertThat(e.getMessage()).startsWith("Definition could not be parsed: ");
        assertThat(e.getMessage()).doesNotContain("\n");
        assertThat(e.line()).isEqualTo(6);
    }

    @Test
    void missingVersion() {
        assertThat(rejectList("wf:\n  tasks:\n    t1: {action: std.noop}\n").getMessage())
                .isEqualTo("Invalid DSL: 'version' is a required property");
    }

    @Test
    void noWorkflows() {
        assertThat(rejectList("version: '2.0'\n").getMessage())
                .isEqualTo("At least one item must be in the list [data={'version': '2.0'}].");
    }

    @Test
    void missingTasks() {
        DslException e = rejectList("version: '2.0'\nwf:\n  description: nothing to do\n");
        assertThat(e.getMessage()).isEqualTo("Invalid DSL: 'tasks' is a required property");
        assertThat(e.path()).isEqualTo("wf");
        assertThat(e.line()).isEqualTo(3);
    }

    @Test
    void emptyTasksAndEmptyPublish() {
        assertThat(rejectList("version: '2.0'\nwf:\n  tasks: {}\n").getMessage())
                .isEqualTo("Invalid DSL: {} does not have enough properties");
        DslException e = rejectList(wf("    t1:\n      action: std.noop\n      publish: {}\n"));
        assertThat(e.getMessage()).isEqualTo("Invalid DSL: {} does not have enough properties");
        assertThat(e.path()).isEqualTo("wf.tasks.t1.publish");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(16);
    }

    @Test
    void unknownTaskKeyIsReportedAtTheKey() {
        DslException e = rejectList(wf("    t1:\n      action: std.noop\n      foo: 1\n"));
        assertThat(e.getMessage()).isEqualTo("Invalid DSL: Additional properties are not allowed ('foo' was unexpected)");
        assertThat(e.path()).isEqualTo("wf.tasks.t1.foo");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.detail()).isEqualTo(e.getMessage() + " (line 6, column 7, at wf.tasks.t1.foo)");
    }

    @Test
    void actionAndWorkflowTogether() {
        assertThat(rejectList(wf("    t1:\n      action: std.noop\n      workflow: other\n")).getMessage())
                .isEqualTo("Invalid DSL: {'action': 'std.noop', 'workflow': 'other', 'type': 'direct', 'name': 't1',"
                        + " 'version': '2.0'} is valid under each of {'type': 'object', 'required': ['workflow']},"
                        + " {'type': 'object', 'required': ['action']}");
    }

    @Test
    void badWorkflowType() {
        assertThat(rejectList("version: '2.0'\nwf:\n  type: sideways\n  tasks:\n    t1: {action: std.noop}\n")
                .getMessage())
                .isEqualTo("Failed to find a specification class to instantiate [spec_cls=<class "
                        + "'mistral.lang.v2.workflows.WorkflowSpec'>, data={'type': 'sideways', 'tasks': {'t1': "
                        + "{'action': 'std.noop'}}, 'name': 'wf', 'version': '2.0'}]");
    }

    @Test
    void uuidLikeWorkflowName() {
        assertThat(rejectList("version: '2.0'\n123e4567-e89b-12d3-a456-426614174000:\n  tasks:\n    t1: {}\n"
                .replace("t1: {}", "t1: {action: std.noop}")).getMessage())
                .isEqualTo("Workflow name cannot be in the format of UUID.");
    }

    @Test
    void unknownTransitionTarget() {
        DslException e = rejectList(wf("    t1:\n      action: std.noop\n      on-success: nope\n"));
        assertThat(e.getMessage()).isEqualTo("Task 'nope' not found.");
        assertThat(e.path()).isEqualTo("wf.tasks.t1");
    }

    @Test
    void noStartTask() {
        assertThat(rejectList(wf("    a:\n      on-success: b\n    b:\n      on-complete: [a]\n")).getMessage())
                .isEqualTo("Failed to find start tasks in direct workflow. There must be at least one task without"
                        + " inbound transition.[workflow_name=wf]");
    }

    @Test
    void defaultTransitionsCountAsInboundButNotToThemselves() {
        String yaml = "version: '2.0'\nwf:\n  task-defaults:\n    on-error: handler\n  tasks:\n"
                + "    a:\n      action: std.fail\n    handler:\n      action: std.noop\n";
        assertThatCode(() -> parser.parseWorkflowList(yaml)).doesNotThrowAnyException();
        String noStart = "version: '2.0'\nwf:\n  task-defaults:\n    on-complete: [a, b]\n  tasks:\n"
                + "    a: {action: std.noop}\n    b: {action: std.noop}\n";
        assertThat(rejectList(noStart).getMessage()).startsWith("Failed to find start tasks");
    }

    @Test
    void joinWithTooFewInbound() {
        assertThat(rejectList(wf("    a:\n      on-success: j\n    j:\n      join: 2\n")).getMessage())
                .isEqualTo("Not enough inbound tasks for task with 'join' [task_name=j, join=2, inbound_tasks=1]");
        assertThat(rejectList(wf("    a:\n      action: std.noop\n    j:\n      join: all\n")).getMessage())
                .isEqualTo("No inbound tasks for task with 'join: all' [task_name=j]");
    }

    @Test
    void withItemsFormat() {
        DslException e = rejectList(wf("    t1:\n      with-items: <% $.x %>\n"));
        assertThat(e.getMessage()).isEqualTo("Wrong format of 'with-items' property. Please use format 'var in "
                + "{[some, list] | <% $.array %> }: {'with-items': '<% $.x %>', 'type': 'direct', 'name': 't1', "
                + "'version': '2.0'}");
        assertThat(rejectList(wf("    t1:\n      with-items:\n        - x in [1, 2]\n        - 5\n")).getMessage())
                .startsWith("Invalid DSL: 5 is not of type 'string'");
        assertThat(rejectList(wf("    t1:\n      with-items: x in [1, 2,]\n")).getMessage())
                .isEqualTo("Invalid array in 'with-items' clause: [1, 2,], error: Expecting value: line 1 column 7 "
                        + "(char 6)");
    }

    @Test
    void expressionSyntaxErrors() {
        assumeTrue(ConformanceValidationTest.expressionValidationAvailable());
        assertThat(rejectList(wf("    t1:\n      action: std.echo output=<% $.a + %>\n")).getMessage())
                .isEqualTo("Parse error: unexpected end of statement");
        DslException publish = rejectList(wf("    t1:\n      publish:\n        x: <% 1 + %>\n"));
        assertThat(publish.getMessage()).isEqualTo("Parse error: unexpected end of statement");
        assertThat(publish.path()).isEqualTo("wf.tasks.t1.publish.x");
        assertThat(rejectList(wf("    t1:\n      action: std.echo output=\"<% 1 %> {{ 2 }}\"\n")).getMessage())
                .isEqualTo("The line already contains an expression of type 'jinja'. Mixing expression types in a "
                        + "single line is not allowed.");
    }

    @Test
    void jinjaSyntaxError() {
        DslException e = catchThrowableOfType(DslException.class,
                () -> parser.parseWorkflowList(wf("    t1:\n      action: std.echo output={{ 1 + }}\n")));
        assumeTrue(e != null, "bora-expr does not validate Jinja yet");
        assertThat(e.getMessage()).startsWith("Syntax error '");
    }

    @Test
    void retryWithoutDelay() {
        assertThat(rejectList(wf("    t1:\n      retry:\n        count: 3\n")).getMessage())
                .isEqualTo("Invalid DSL: 'delay' is a required property");
        assertThat(rejectList(wf("    t1:\n      retry: count=3 delay=soon\n")).getMessage())
                .isEqualTo("Invalid DSL: 'delay' is a required property");
    }

    @Test
    void negativeIntegerPolicy() {
        assertThat(rejectList(wf("    t1:\n      timeout: -1\n")).getMessage())
                .isEqualTo("Invalid DSL: -1 is not valid under any of the given schemas");
        assertThat(rejectList(wf("    t1:\n      pause-before: maybe\n")).getMessage())
                .isEqualTo("Invalid DSL: 'maybe' is not valid under any of the given schemas");
    }

    @Test
    void duplicateInputNames() {
        assertThat(rejectList("version: '2.0'\nwf:\n  input: [a, a]\n  tasks:\n    t1: {action: std.noop}\n")
                .getMessage()).isEqualTo("Invalid DSL: ['a', 'a'] has non-unique elements");
    }

    @Test
    void workbookVersionAndName() {
        DslException version = catchThrowableOfType(DslException.class, () -> parser.parseWorkbook(
                "version: '1.0'\nname: wb\nworkflows:\n  w:\n    tasks:\n      t: {action: std.noop}\n"));
        assertThat(version.getMessage()).isEqualTo("Unsupported DSL version: 1.0");
        DslException name = catchThrowableOfType(DslException.class, () -> parser.parseWorkbook(
                "version: '2.0'\nworkflows:\n  w:\n    tasks:\n      t: {action: std.noop}\n"));
        assertThat(name.getMessage()).isEqualTo("Invalid DSL: 'name' is a required property");
        DslException key = catchThrowableOfType(DslException.class, () -> parser.parseWorkbook(
                "version: '2.0'\nname: wb\nworkflows:\n  bad name:\n    tasks:\n      t: {action: std.noop}\n"));
        assertThat(key.getMessage()).isEqualTo("Invalid DSL: 'bad name' does not match any of the regexes: "
                + "'^(?!version$)[\\\\w-]+$', '^version$'");
    }

    @Test
    void adhocActionWithoutBase() {
        DslException e = catchThrowableOfType(DslException.class,
                () -> parser.parseActionList("version: '2.0'\ngreet:\n  input: [x]\n"));
        assertThat(e.getMessage()).isEqualTo("Invalid DSL: 'base' is a required property");
        assertThat(e.path()).isEqualTo("greet");
    }

    @Test
    void typeSpecificTaskKeys() {
        assertThat(rejectList(wf("    t1:\n      requires: [t0]\n")).getMessage())
                .isEqualTo("Invalid DSL: Additional properties are not allowed ('requires' was unexpected)");
        assertThat(rejectList("version: '2.0'\nwf:\n  type: reverse\n  tasks:\n    t1:\n      join: all\n")
                .getMessage()).isEqualTo("Invalid DSL: Additional properties are not allowed ('join' was unexpected)");
        assertThat(rejectList("version: '2.0'\nwf:\n  type: reverse\n  tasks:\n    t1:\n      requires: t0\n")
                .getMessage()).isEqualTo("Task 't0' not found.");
    }

    @Test
    void taskNameLength() {
        String name = "t".repeat(256);
        assertThat(rejectList(wf("    " + name + ": {action: std.noop}\n")).getMessage())
                .isEqualTo("The length of a '" + name + "' task name must not exceed 255 symbols");
        String joinName = "j".repeat(209);
        assertThat(rejectList(wf("    a: {on-success: " + joinName + "}\n    " + joinName + ": {join: all}\n"))
                .getMessage()).isEqualTo("The length of a '" + joinName + "' join task name must not exceed 208 symbols");
    }

    @Test
    void advancedPublishNeedsSections() {
        assertThat(rejectList(wf("    t1:\n      on-success:\n        publish: {}\n")).getMessage())
                .isEqualTo("Either 'branch', 'global' or 'atomic' must be specified: ");
    }

    /** Answers recorded from Mistral 15 by the api conformance suite (conformance/api). */
    @Test
    void recordedApiAnswers() {
        assertThat(catchThrowableOfType(DslException.class, () -> parser.parseWorkbook(
                "---\nversion: '2.0'\nname: wb\nworkflows: 5\n")).getMessage())
                .isEqualTo("Invalid DSL: 5 is not of type 'object'");
        assertThat(catchThrowableOfType(DslException.class, () -> parser.parseWorkbook(
                "---\nversion: '2.0'\ndescription: no name\n")).getMessage())
                .isEqualTo("Invalid DSL: 'name' is a required property");
        assertThat(catchThrowableOfType(DslException.class, () -> parser.parseActionList(
                "---\nversion: '2.0'\nbad_act:\n  base: std.echo\n  bogus: 1\n")).getMessage())
                .isEqualTo("Invalid DSL: Additional properties are not allowed ('bogus' was unexpected)");
        assertThat(rejectList("---\nversion: '2.0'\nbroken: [unclosed\n").getMessage())
                .startsWith("Definition could not be parsed: ");
        assertThat(rejectList("---\nversion: '2.0'\nbad:\n  tasks:\n    t1:\n      actionx: std.noop\n").getMessage())
                .isEqualTo("Invalid DSL: Additional properties are not allowed ('actionx' was unexpected)");
        assertThat(rejectList("").getMessage()).isEqualTo("Invalid DSL: 'version' is a required property");
    }

    @Test
    void acceptedDespiteLookingWrong() {
        assertThatCode(() -> parser.parseWorkflowList("version: '3.0'\nwf:\n  owner: me\n  tasks:\n"
                + "    my-task:\n      action: std.noop\n      on-success:\n        - fail msg=\"x\"\n"))
                .doesNotThrowAnyException();
    }
}
