package io.bora.lang;

import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.WorkbookSpec;
import io.bora.lang.spec.WorkflowSpec;
import java.util.List;

/** Parses and validates Workflow Language v2 documents. Thread-safe and stateless. */
public final class DslParser {

    /** A workflow list document ({@code POST /v2/workflows}). */
    public List<WorkflowSpec> parseWorkflowList(String yaml) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** A document holding a single workflow, as stored per workflow definition. */
    public WorkflowSpec parseWorkflow(String yaml) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    public WorkbookSpec parseWorkbook(String yaml) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** An ad-hoc action list document ({@code POST /v2/actions}). */
    public List<ActionSpec> parseActionList(String yaml) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Splits {@code "std.echo output=\"x\""} into name and params exactly as Mistral does (§3.2). */
    public static InlineCall parseInline(String text) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
