package io.bora.engine.flow;

import io.bora.lang.spec.InputParam;
import io.bora.lang.spec.WorkflowSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflow input validation at start (spec §2.2): missing/unexpected keys, then defaults. */
public final class InputCheck {
    private InputCheck() {
    }

    /** Thrown with Mistral's text {@code Invalid input [name=wf, class=DirectWorkflowSpec, missing=['x']]}. */
    public static final class InvalidInput extends RuntimeException {
        InvalidInput(String message) {
            super(message);
        }
    }

    public static Map<String, Object> validate(WorkflowSpec spec, String workflowName, Map<String, Object> input) {
        Map<String, Object> given = input == null ? Map.of() : input;
        List<String> missing = new ArrayList<>();
        List<String> declared = new ArrayList<>();
        for (InputParam p : spec.input()) {
            declared.add(p.name());
            if (p.required() && !given.containsKey(p.name())) missing.add(p.name());
        }
        List<String> unexpected = new ArrayList<>();
        for (String k : given.keySet()) if (!declared.contains(k)) unexpected.add(k);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder msg = new StringBuilder("Invalid input [name=").append(workflowName).append(", class=")
                    .append("reverse".equals(spec.type()) ? "ReverseWorkflowSpec" : "DirectWorkflowSpec");
            if (!missing.isEmpty()) msg.append(", missing=").append(Messages.pyList(missing));
            if (!unexpected.isEmpty()) msg.append(", unexpected=").append(Messages.pyList(unexpected));
            throw new InvalidInput(msg.append("]").toString());
        }
        Map<String, Object> out = new LinkedHashMap<>(given);
        for (InputParam p : spec.input()) {
            if (!p.required() && !out.containsKey(p.name())) out.put(p.name(), p.defaultValue());
        }
        return out;
    }
}
