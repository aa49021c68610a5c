package io.bora.engine.flow;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.port.ActionCatalog;
import io.bora.lang.DslException;
import io.bora.lang.DslParser;
import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.InputParam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an action name to what the executor runs (spec §6): a system action directly, or a
 * chain of ad-hoc actions down to one, with each level's input checked, defaults filled and
 * base-input evaluated. Output transformers are applied innermost first when the result returns.
 */
public final class AdhocActions {
    private static final DslParser PARSER = new DslParser();
    private static final int MAX_CHAIN = 32;

    /**
     * @param name          the name the action execution records (the ad-hoc name, if any)
     * @param recordedInput the input the action execution records (ad-hoc input with defaults)
     * @param base          the system action to run
     * @param baseInput     its input, checked against its signature
     * @param outputs       ad-hoc output transformers, outermost first
     */
    public record Resolved(String name, Map<String, Object> recordedInput, String base, Map<String, Object> baseInput,
                    List<Object> outputs, boolean async) {
    }

    private final StepContext c;
    private final Evaluation eval;
    private final String workbookPrefix;
    private final String namespace;

    AdhocActions(StepContext c, Evaluation eval, String workbookPrefix, String namespace) {
        this.c = c;
        this.eval = eval;
        this.workbookPrefix = workbookPrefix;
        this.namespace = namespace;
    }

    Resolved resolve(String name, Map<String, Object> input) {
        Optional<ActionCatalog.ActionInfo> system = c.actions().find(name);
        if (system.isPresent()) {
            return new Resolved(name, c.actions().recorded(name, input), name, prepare(name, input), List.of(),
                    system.get().async());
        }
        ActionDefinition def = lookup(name, workbookPrefix).orElseThrow(() -> new TaskLauncher.TaskFailure(
                "Failed to find action [action_name=" + name + ", namespace=" + namespace + "]"));
        Map<String, Object> recorded = null;
        List<Object> outputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Object> current = input;
        String currentName = def.name();
        for (int depth = 0; depth < MAX_CHAIN; depth++) {
            if (!seen.add(def.name())) {
                throw new TaskLauncher.TaskFailure("Found a cycle in an ad-hoc action chain [action_name=" + name
                        + ", namespace=" + namespace + "]");
            }
            ActionSpec spec = spec(def);
            current = checkInput(def.name(), spec, current);
            if (recorded == null) recorded = current;
            outputs.add(spec.output());
            Map<String, Object> baseInput = evaluateBaseInput(spec, current);
            String base = spec.base();
            Optional<ActionCatalog.ActionInfo> info = c.actions().find(base);
            if (info.isPresent()) {
                return new Resolved(def.name(), recorded, base, prepare(base, baseInput), outputs, info.get().async());
            }
            String prefix = def.workbookName() != null ? def.workbookName() + "." : workbookPrefix;
            String nextName = base;
            def = lookup(base, prefix).orElseThrow(() -> new TaskLauncher.TaskFailure(
                    "Failed to find base action [action_name=" + nextName + " namespace=" + namespace + "]"));
            current = baseInput;
            currentName = def.name();
        }
        throw new TaskLauncher.TaskFailure("Found a cycle in an ad-hoc action chain [action_name=" + currentName + "]");
    }

    private Map<String, Object> prepare(String system, Map<String, Object> input) {
        try {
            return c.actions().prepareInput(system, input);
        } catch (IllegalArgumentException e) {
            throw new TaskLauncher.TaskFailure(e.getMessage());
        }
    }

    private Optional<ActionDefinition> lookup(String name, String prefix) {
        if (prefix != null) {
            Optional<ActionDefinition> local = find(prefix + name);
            if (local.isPresent()) return local;
        }
        return find(name);
    }

    private Optional<ActionDefinition> find(String name) {
        Optional<ActionDefinition> d = c.definitions().findAction(name, namespace);
        if (d.isEmpty() && !namespace.isEmpty()) d = c.definitions().findAction(name, "");
        return d;
    }

    /** Input check as Mistral's AdHocAction does it, then defaults in declaration order. */
    private Map<String, Object> checkInput(String name, ActionSpec spec, Map<String, Object> given) {
        List<String> missing = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (InputParam p : spec.input()) {
            declared.add(p.name());
            if (p.required() && !given.containsKey(p.name())) missing.add(p.name());
        }
        List<String> unexpected = new ArrayList<>();
        for (String k : given.keySet()) if (!declared.contains(k)) unexpected.add(k);
        if (!missing.isEmpty() || !unexpected.isEmpty()) {
            StringBuilder msg = new StringBuilder("Invalid input [name=").append(name)
                    .append(", class=mistral.actions.adhoc.AdHocAction");
            if (!missing.isEmpty()) msg.append(", missing=").append(Messages.pyList(missing));
            if (!unexpected.isEmpty()) msg.append(", unexpected=").append(Messages.pyList(unexpected));
            throw new TaskLauncher.TaskFailure(msg.append("]").toString());
        }
        Map<String, Object> out = new LinkedHashMap<>(given);
        for (InputParam p : spec.input()) if (!p.required() && !out.containsKey(p.name())) out.put(p.name(), p.defaultValue());
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> evaluateBaseInput(ActionSpec spec, Map<String, Object> input) {
        if (spec.baseInput() == null || spec.baseInput().isEmpty()) return new LinkedHashMap<>();
        Object v = eval.evaluate(spec.baseInput(), new LinkedHashMap<>(input));
        return v instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
    }

    /**
     * For actions run through the API: resolves {@code name} (system or ad-hoc) outside any workflow.
     * Throws IllegalArgumentException with Mistral's message when it cannot be run.
     */
    public static Resolved forApi(StepContext c, String name, String namespace, Map<String, Object> input) {
        Evaluation eval = new Evaluation(c.expressions(), io.bora.expr.WorkflowFunctions.NONE);
        try {
            return new AdhocActions(c, eval, null, namespace == null ? "" : namespace).resolve(name, input);
        } catch (TaskLauncher.TaskFailure | Evaluation.Failure e) {
            String msg = e.getMessage();
            // Outside a workflow Mistral names no namespace in this message.
            if (msg.startsWith("Failed to find action [action_name=")) msg = msg.replaceFirst(", namespace=[^\\]]*]$", "]");
            throw new IllegalArgumentException(msg, e);
        }
    }

    /** The result of an API-run action after the ad-hoc output transformers. */
    public static Object transformForApi(StepContext c, Resolved action, Object result) {
        Evaluation eval = new Evaluation(c.expressions(), io.bora.expr.WorkflowFunctions.NONE);
        try {
            return transform(eval, action.outputs(), result);
        } catch (Evaluation.Failure e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Applies the ad-hoc output transformers to a successful result, innermost first. */
    static Object transform(Evaluation eval, List<?> outputs, Object result) {
        Object value = result;
        for (int i = outputs.size() - 1; i >= 0; i--) {
            Object spec = outputs.get(i);
            if (spec == null) continue;
            value = eval.evaluateWithRoot(spec, value);
        }
        return value;
    }

    private static ActionSpec spec(ActionDefinition def) {
        List<ActionSpec> specs;
        try {
            specs = PARSER.parseActionList(def.definition());
        } catch (DslException e) {
            specs = PARSER.parseActionList("version: '2.0'\n" + def.definition());
        }
        for (ActionSpec s : specs) {
            if (def.name().equals(s.name()) || def.name().endsWith("." + s.name())) return s;
        }
        if (specs.size() == 1) return specs.get(0);
        throw new TaskLauncher.TaskFailure("Failed to load ad-hoc action [action_name=" + def.name() + "]");
    }
}
