package io.bora.server.service;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.Workbook;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;
import io.bora.lang.DslParser;
import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.WorkbookSpec;
import io.bora.lang.spec.WorkflowSpec;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Workbooks and the workflows ({@code <wb>.<wf>}) and actions ({@code <wb>.<action>}) they define,
 * always stored together in one transaction.
 *
 * <p>Deleting a workbook leaves its workflows and actions in place, as Mistral 15 does (the
 * recorded conformance checks pin it); creating or updating a workbook replaces them by name.
 */
public final class WorkbookCatalog {
    private final DefinitionRepository repo;
    private final Transactions tx;
    private final DslParser parser;
    private final Clock clock;
    private final WorkflowCatalog workflows;
    private final ActionCatalog actions;

    public WorkbookCatalog(DefinitionRepository repo, Transactions tx, DslParser parser, Clock clock,
                           WorkflowCatalog workflows, ActionCatalog actions) {
        this.repo = repo;
        this.tx = tx;
        this.parser = parser;
        this.clock = clock;
        this.workflows = workflows;
        this.actions = actions;
    }

    public Workbook create(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        WorkbookSpec spec = parser.parseWorkbook(text);
        return tx.inTransaction(() -> {
            if (repo.findWorkbook(spec.name(), ns).isPresent()) {
                throw duplicate(spec.name(), ns);
            }
            Workbook wb = new Workbook(UUID.randomUUID().toString(), spec.name(), ns, text, spec.tags(), checkedScope,
                    Projects.DEFAULT, clock.now(), null);
            try {
                repo.insertWorkbook(wb);
            } catch (DuplicateException raced) {
                throw duplicate(spec.name(), ns);
            }
            storeContents(spec, ns, checkedScope);
            return wb;
        });
    }

    /** Updates the workbook named inside the document; 404 when it does not exist. */
    public Workbook update(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        WorkbookSpec spec = parser.parseWorkbook(text);
        return tx.inTransaction(() -> {
            Workbook old = repo.findWorkbook(spec.name(), ns).orElseThrow(() -> BoraException.notFound(
                    "Workbook not found [name=" + spec.name() + ", namespace=" + ns + "]"));
            if (Objects.equals(old.definition(), text) && Objects.equals(old.tags(), spec.tags())
                    && Objects.equals(old.scope(), checkedScope)) {
                return old;
            }
            Workbook wb = new Workbook(old.id(), old.name(), ns, text, spec.tags(), checkedScope, old.projectId(),
                    old.createdAt(), clock.now());
            repo.updateWorkbook(wb);
            storeContents(spec, ns, checkedScope);
            return wb;
        });
    }

    public Workbook get(String name, String namespace) {
        String ns = Namespaces.normalize(namespace);
        return repo.findWorkbook(name, ns).orElseThrow(() -> BoraException.notFound(
                "Workbook not found [name=" + name + ", namespace=" + ns + "]"));
    }

    public void delete(String name, String namespace) {
        String ns = Namespaces.normalize(namespace);
        tx.run(() -> {
            Workbook wb = repo.findWorkbook(name, ns).orElseThrow(() -> BoraException.notFound(
                    "Workbook not found [workbook_name=" + name + ", namespace=" + ns + "]"));
            repo.deleteWorkbook(wb.id());
        });
    }

    public List<Workbook> list() {
        return repo.listWorkbooks(ListQuery.all());
    }

    public void validate(String text) {
        parser.parseWorkbook(text);
    }

    private void storeContents(WorkbookSpec spec, String ns, String scope) {
        for (Map.Entry<String, WorkflowSpec> e : spec.workflows().entrySet()) {
            WorkflowSpec wf = e.getValue();
            workflows.upsertFromWorkbook(spec.name() + "." + e.getKey(), ns, wf.definition(), wf.tags(), scope,
                    spec.name());
        }
        for (Map.Entry<String, ActionSpec> e : spec.actions().entrySet()) {
            actions.upsertFromWorkbook(spec.name() + "." + e.getKey(), ns, e.getValue(), scope, spec.name());
        }
    }

    private static DuplicateException duplicate(String name, String ns) {
        return new DuplicateException("Duplicate entry for WorkbookDefinition ['name', 'namespace', 'project_id']: "
                + name + ", " + ns + ", None");
    }
}
