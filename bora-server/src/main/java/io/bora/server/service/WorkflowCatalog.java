package io.bora.server.service;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;
import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkflowSpec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Workflow definitions: upload (1..n per document), update, lookup by name or id, delete. */
public final class WorkflowCatalog {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** Interfaces by definition text: lists show them for every row, and parsing is the cost. */
    private static final int INTERFACE_CACHE_LIMIT = 2_000;

    private final DefinitionRepository repo;
    private final Transactions tx;
    private final DslParser parser;
    private final Clock clock;
    private final Map<String, WorkflowInterface> interfaces = new ConcurrentHashMap<>();
    private volatile WorkflowDeletionGuard deletionGuard = WorkflowDeletionGuard.NONE;

    public WorkflowCatalog(DefinitionRepository repo, Transactions tx, DslParser parser, Clock clock) {
        this.repo = repo;
        this.tx = tx;
        this.parser = parser;
        this.clock = clock;
    }

    /** Stores every workflow of the document, or none of them (409 on the first taken name). */
    public List<WorkflowDefinition> create(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        List<WorkflowSpec> specs = parser.parseWorkflowList(text);
        return tx.inTransaction(() -> {
            List<WorkflowDefinition> created = new ArrayList<>();
            for (WorkflowSpec spec : specs) {
                WorkflowDefinition wf = new WorkflowDefinition(UUID.randomUUID().toString(), spec.name(), ns,
                        definitionText(text, specs, spec), spec.tags(), checkedScope, null, Projects.DEFAULT,
                        clock.now(), null);
                insert(wf);
                created.add(wf);
            }
            return created;
        });
    }

    /** Replaces the definitions of the named workflows; 404 when one of them does not exist. */
    public List<WorkflowDefinition> update(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        List<WorkflowSpec> specs = parser.parseWorkflowList(text);
        return tx.inTransaction(() -> {
            List<WorkflowDefinition> updated = new ArrayList<>();
            for (WorkflowSpec spec : specs) {
                WorkflowDefinition old = repo.findWorkflow(spec.name(), ns)
                        .orElseThrow(() -> notFound(spec.name(), ns));
                updated.add(replace(old, spec.name(), definitionText(text, specs, spec), spec.tags(), checkedScope));
            }
            return updated;
        });
    }

    /** {@code PUT /v2/workflows/<id>}: the document must hold exactly one workflow. */
    public WorkflowDefinition updateById(String id, String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        List<WorkflowSpec> specs = parser.parseWorkflowList(text);
        if (specs.size() != 1) {
            throw BoraException.badRequest(
                    "More than one workflows are not supported for update with identifier. [identifier: " + id + "]");
        }
        WorkflowSpec spec = specs.getFirst();
        return tx.inTransaction(() -> {
            WorkflowDefinition old = find(id, ns).orElseThrow(() -> notFound(id, ns));
            return replace(old, spec.name(), text, spec.tags(), checkedScope);
        });
    }

    public WorkflowDefinition get(String identifier, String namespace) {
        String ns = Namespaces.normalize(namespace);
        return find(identifier, ns).orElseThrow(() -> notFound(identifier, ns));
    }

    public Optional<WorkflowDefinition> findById(String id) {
        return repo.findWorkflowById(id);
    }

    public void delete(String identifier, String namespace) {
        String ns = Namespaces.normalize(namespace);
        tx.run(() -> {
            WorkflowDefinition wf = find(identifier, ns).orElseThrow(() -> notFound(identifier, ns));
            String refusal = deletionGuard.refusal(wf, identifier);
            if (refusal != null) {
                throw BoraException.badRequest(refusal);
            }
            repo.deleteWorkflow(wf.id());
        });
    }

    /** Who may veto a deletion (the triggers that would still start the workflow). */
    public void guardDeletion(WorkflowDeletionGuard guard) {
        this.deletionGuard = guard;
    }

    public List<WorkflowDefinition> list() {
        return repo.listWorkflows(ListQuery.all());
    }

    /** Parses and validates without storing; throws the upload's DslException when invalid. */
    public void validate(String text) {
        parser.parseWorkflowList(text);
    }

    /** Input signature and interface of a stored workflow. */
    public WorkflowInterface describe(WorkflowDefinition wf) {
        WorkflowInterface known = interfaces.get(wf.definition());
        if (known != null) {
            return known;
        }
        WorkflowSpec spec = parser.parseWorkflow(DefinitionTexts.parsable(wf.definition()));
        Map<String, Object> iface = new LinkedHashMap<>();
        iface.put("input", InputSignature.rawList(spec.input()));
        iface.put("output", new ArrayList<>(spec.output().keySet()));
        WorkflowInterface described = new WorkflowInterface(InputSignature.render(spec.input()), iface);
        if (interfaces.size() >= INTERFACE_CACHE_LIMIT) {
            interfaces.clear();
        }
        interfaces.put(wf.definition(), described);
        return described;
    }

    /** Workbook support: insert or replace one workflow named {@code <wb>.<wf>}. */
    WorkflowDefinition upsertFromWorkbook(String qualifiedName, String namespace, String definition,
                                          List<String> tags, String scope, String workbookName) {
        Optional<WorkflowDefinition> old = repo.findWorkflow(qualifiedName, namespace);
        if (old.isPresent()) {
            WorkflowDefinition o = old.get();
            if (Objects.equals(o.definition(), definition) && Objects.equals(o.tags(), tags)
                    && Objects.equals(o.scope(), scope)) {
                return o;
            }
            WorkflowDefinition wf = new WorkflowDefinition(o.id(), qualifiedName, namespace, definition, tags, scope,
                    workbookName, o.projectId(), o.createdAt(), clock.now());
            repo.updateWorkflow(wf);
            return wf;
        }
        WorkflowDefinition wf = new WorkflowDefinition(UUID.randomUUID().toString(), qualifiedName, namespace,
                definition, tags, scope, workbookName, Projects.DEFAULT, clock.now(), null);
        insert(wf);
        return wf;
    }

    private Optional<WorkflowDefinition> find(String identifier, String ns) {
        if (UUID_TEXT.matcher(identifier).matches()) {
            Optional<WorkflowDefinition> byId = repo.findWorkflowById(identifier.toLowerCase());
            if (byId.isPresent()) {
                return byId;
            }
        }
        return repo.findWorkflow(identifier, ns);
    }

    private WorkflowDefinition replace(WorkflowDefinition old, String name, String definition, List<String> tags,
                                       String scope) {
        // like an ORM update without changed columns: nothing is written, updated_at stays
        if (old.name().equals(name) && Objects.equals(old.definition(), definition) && Objects.equals(old.tags(), tags)
                && Objects.equals(old.scope(), scope)) {
            return old;
        }
        WorkflowDefinition wf = new WorkflowDefinition(old.id(), name, old.namespace(), definition, tags, scope,
                old.workbookName(), old.projectId(), old.createdAt(), clock.now());
        repo.updateWorkflow(wf);
        return wf;
    }

    private void insert(WorkflowDefinition wf) {
        if (repo.findWorkflow(wf.name(), wf.namespace()).isPresent()) {
            throw duplicate(wf);
        }
        try {
            repo.insertWorkflow(wf);
        } catch (DuplicateException raced) {
            throw duplicate(wf);
        }
    }

    /**
     * A single-workflow document keeps the uploaded text; in a multi-workflow document each
     * workflow gets its own re-serialised section, as the parser renders it.
     */
    private static String definitionText(String text, List<WorkflowSpec> specs, WorkflowSpec spec) {
        return specs.size() == 1 || spec.definition() == null ? text : DefinitionTexts.standalone(spec.definition());
    }

    private static DuplicateException duplicate(WorkflowDefinition wf) {
        return new DuplicateException("Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: "
                + wf.name() + ", " + wf.namespace() + ", None");
    }

    static BoraException notFound(String identifier, String ns) {
        return BoraException.notFound("Workflow not found [workflow_identifier=" + identifier + ", namespace=" + ns + "]");
    }
}
