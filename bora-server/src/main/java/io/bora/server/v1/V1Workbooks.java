package io.bora.server.v1;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.Workbook;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;
import io.bora.lang.DslException;
import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.InputParam;
import io.bora.lang.spec.WorkflowSpec;
import io.bora.lang.v1.V1Parser;
import io.bora.lang.v1.V1Workbook;
import io.bora.server.service.InputSignature;
import io.bora.server.service.Projects;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * v1 workbooks on the v2 store: the workbook row (namespace "", definition = the v1 text), its
 * description (see {@link WorkbookDescriptions}), and, once a definition is uploaded, the mapped
 * workflows {@code <wb>.<task>} and ad-hoc actions {@code <wb>.<Service>__<action>} the engine runs.
 */
final class V1Workbooks {
    /** The v1 fields of a workbook. */
    record Info(String name, String description, List<String> tags) {
    }

    private static final String NAMESPACE = "";
    private static final int PARSED_CACHE_LIMIT = 256;

    private final DefinitionRepository repo;
    private final Transactions tx;
    private final Clock clock;
    private final WorkbookDescriptions descriptions;
    private final V1CronTriggers triggers;
    private final Consumer<V1Workbook> uploaded;
    private final V1Parser parser = new V1Parser();
    private final Map<String, V1Workbook> parsed = new LinkedHashMap<>();

    /** @param triggers the periodic events' cron triggers; null on a node without cron triggers */
    V1Workbooks(DefinitionRepository repo, Transactions tx, Clock clock, V1CronTriggers triggers,
                Consumer<V1Workbook> uploaded) {
        this.repo = repo;
        this.triggers = triggers;
        this.tx = tx;
        this.clock = clock;
        this.descriptions = new WorkbookDescriptions(repo, clock);
        this.uploaded = uploaded;
    }

    Info create(String name, String description, List<String> tags) {
        if (name == null || name.isBlank()) {
            throw V1Error.badRequest("Workbook name is required");
        }
        return tx.inTransaction(() -> {
            if (repo.findWorkbook(name, NAMESPACE).isPresent()) {
                throw duplicate(name);
            }
            try {
                repo.insertWorkbook(new Workbook(UUID.randomUUID().toString(), name, NAMESPACE, "", tags, "private",
                        Projects.DEFAULT, clock.now(), null));
            } catch (DuplicateException raced) {
                throw duplicate(name);
            }
            if (description != null) {
                descriptions.put(name, description);
            }
            return new Info(name, description, tags);
        });
    }

    Info get(String name) {
        return tx.inTransaction(() -> info(find(name)));
    }

    List<Info> list() {
        return tx.inTransaction(() -> {
            List<Info> out = new ArrayList<>();
            for (Workbook wb : repo.listWorkbooks(ListQuery.all())) {
                if (NAMESPACE.equals(wb.namespace())) {
                    out.add(info(wb));
                }
            }
            return out;
        });
    }

    /** Changes description and tags; fields left out of the request stay as they are. */
    Info update(String name, String description, List<String> tags) {
        return tx.inTransaction(() -> {
            Workbook wb = find(name);
            if (tags != null) {
                repo.updateWorkbook(new Workbook(wb.id(), wb.name(), wb.namespace(), wb.definition(), tags, wb.scope(),
                        wb.projectId(), wb.createdAt(), clock.now()));
            }
            if (description != null) {
                descriptions.put(name, description);
            }
            return info(find(name));
        });
    }

    /** v1 workbooks own what their definition created: it goes with them. */
    void delete(String name) {
        find(name);
        if (triggers != null) {
            triggers.removeAll(name);
        }
        tx.run(() -> {
            Workbook wb = find(name);
            repo.deleteWorkbookContents(name, NAMESPACE);
            repo.deleteWorkbook(wb.id());
            descriptions.remove(name);
        });
    }

    String definition(String name) {
        String text = find(name).definition();
        return text == null ? "" : text;
    }

    /** Parses and stores a definition with its workflows and actions in one transaction. */
    V1Workbook upload(String name, String text) {
        V1Workbook v1 = parser.parseWorkbook(name, text);
        tx.run(() -> {
            Workbook wb = find(name);
            repo.updateWorkbook(new Workbook(wb.id(), wb.name(), wb.namespace(), text, wb.tags(), wb.scope(),
                    wb.projectId(), wb.createdAt(), clock.now()));
            storeContents(v1, wb.scope());
        });
        remember(v1);
        if (triggers != null) {
            triggers.replace(v1);
        }
        uploaded.accept(v1);
        return v1;
    }

    /** The parsed definition of a workbook; 400 when none was uploaded yet. */
    V1Workbook parsed(String name) {
        String text = find(name).definition();
        if (text == null || text.isBlank()) {
            throw V1Error.badRequest("Workbook " + name + " has no definition yet: upload one with PUT /v1/workbooks/"
                    + name + "/definition");
        }
        synchronized (parsed) {
            V1Workbook known = parsed.get(name);
            if (known != null && known.definition().equals(text)) {
                return known;
            }
        }
        V1Workbook v1;
        try {
            v1 = parser.parseWorkbook(name, text);
        } catch (DslException e) {
            throw V1Error.badRequest("Workbook " + name + " has no valid v1 definition: " + e.getMessage());
        }
        remember(v1);
        return v1;
    }

    /** The declared (optional) inputs of the workflow run for {@code task}. */
    static Set<String> inputNames(V1Workbook v1, String task) {
        WorkflowSpec wf = v1.spec().workflows().get(v1.tasks().get(task).v2Name());
        Set<String> names = new HashSet<>();
        for (InputParam p : wf.input()) {
            names.add(p.name());
        }
        return names;
    }

    private void remember(V1Workbook v1) {
        synchronized (parsed) {
            if (parsed.size() >= PARSED_CACHE_LIMIT) {
                parsed.clear();
            }
            parsed.put(v1.name(), v1);
        }
    }

    private void storeContents(V1Workbook v1, String scope) {
        String wbName = v1.name();
        Set<String> keepWorkflows = new HashSet<>();
        for (Map.Entry<String, WorkflowSpec> e : v1.spec().workflows().entrySet()) {
            String qualified = wbName + "." + e.getKey();
            keepWorkflows.add(qualified);
            String text = e.getValue().definition();
            Optional<WorkflowDefinition> old = repo.findWorkflow(qualified, NAMESPACE);
            if (old.isPresent()) {
                WorkflowDefinition o = old.get();
                repo.updateWorkflow(new WorkflowDefinition(o.id(), qualified, NAMESPACE, text, List.of(), scope, wbName,
                        o.projectId(), o.createdAt(), clock.now()));
            } else {
                repo.insertWorkflow(new WorkflowDefinition(UUID.randomUUID().toString(), qualified, NAMESPACE, text,
                        List.of(), scope, wbName, Projects.DEFAULT, clock.now(), null));
            }
        }
        Set<String> keepActions = new HashSet<>();
        for (Map.Entry<String, ActionSpec> e : v1.spec().actions().entrySet()) {
            String qualified = wbName + "." + e.getKey();
            keepActions.add(qualified);
            ActionSpec a = e.getValue();
            String input = InputSignature.render(a.input());
            Optional<ActionDefinition> old = repo.findAction(qualified, NAMESPACE);
            if (old.isPresent()) {
                ActionDefinition o = old.get();
                repo.updateAction(new ActionDefinition(o.id(), qualified, NAMESPACE, a.definition(), a.description(),
                        input, List.of(), scope, wbName, o.projectId(), o.createdAt(), clock.now()));
            } else {
                repo.insertAction(new ActionDefinition(UUID.randomUUID().toString(), qualified, NAMESPACE,
                        a.definition(), a.description(), input, List.of(), scope, wbName, Projects.DEFAULT,
                        clock.now(), null));
            }
        }
        // Tasks or actions removed from the definition take their mapped rows with them.
        for (WorkflowDefinition wf : repo.listWorkflows(ListQuery.where(ListQuery.Filter.eq("workbook_name", wbName)))) {
            if (NAMESPACE.equals(wf.namespace()) && !keepWorkflows.contains(wf.name())) {
                repo.deleteWorkflow(wf.id());
            }
        }
        for (ActionDefinition a : repo.listActions(ListQuery.where(ListQuery.Filter.eq("workbook_name", wbName)))) {
            if (NAMESPACE.equals(a.namespace()) && !keepActions.contains(a.name())) {
                repo.deleteAction(a.id());
            }
        }
    }

    private Workbook find(String name) {
        return repo.findWorkbook(name, NAMESPACE).orElseThrow(() -> V1Error.notFound("Workbook not found [workbook_name="
                + name + "]"));
    }

    private Info info(Workbook wb) {
        return new Info(wb.name(), descriptions.get(wb.name()).orElse(null), wb.tags() == null ? List.of() : wb.tags());
    }

    private static DuplicateException duplicate(String name) {
        return new DuplicateException("Duplicate entry for WorkbookDefinition ['name', 'namespace', 'project_id']: "
                + name + ", , None");
    }
}
