package io.bora.engine.cron;

import io.bora.engine.api.BoraException;
import io.bora.engine.flow.InputCheck;
import io.bora.engine.flow.SpecCache;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.port.DefinitionRepository;
import io.bora.lang.DslException;
import io.bora.lang.spec.WorkflowSpec;

import java.util.Map;
import java.util.Optional;

/**
 * Resolves the workflow a trigger names and checks the trigger's input against it, with the
 * messages an execution start gives: a trigger that could never start its workflow is refused
 * when it is made, not at its first firing.
 */
final class WorkflowInputs {
    private final DefinitionRepository definitions;
    private final SpecCache specs = new SpecCache();

    WorkflowInputs(DefinitionRepository definitions) {
        this.definitions = definitions;
    }

    WorkflowDefinition resolve(String workflowId, String workflowName, String namespace) {
        String ns = namespace == null ? "" : namespace;
        Optional<WorkflowDefinition> def;
        if (workflowId != null) {
            def = definitions.findWorkflowById(workflowId);
        } else if (workflowName != null) {
            def = definitions.findWorkflow(workflowName, ns);
            if (def.isEmpty() && !ns.isEmpty()) def = definitions.findWorkflow(workflowName, "");
        } else {
            throw BoraException.badRequest("Workflow ID or workflow name must be provided. Workflow ID is recommended.");
        }
        String identifier = workflowId != null ? workflowId : workflowName;
        return def.orElseThrow(() -> BoraException.notFound(
                "Workflow not found [workflow_identifier=" + identifier + ", namespace=" + ns + "]"));
    }

    void check(WorkflowDefinition def, Map<String, Object> input) {
        WorkflowSpec spec;
        try {
            spec = specs.workflow(def.definition());
        } catch (DslException e) {
            throw BoraException.badRequest(e.getMessage());
        }
        try {
            InputCheck.validate(spec, def.name(), input);
        } catch (InputCheck.InvalidInput e) {
            throw BoraException.badRequest(e.getMessage());
        }
    }
}
