package io.bora.server.service;

import io.bora.actions.ActionRegistry;
import io.bora.actions.ActionType;
import io.bora.engine.api.BoraException;
import io.bora.engine.model.ActionDefinition;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;
import io.bora.lang.DslParser;
import io.bora.lang.spec.ActionSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ad-hoc action definitions, and the merged view of ad-hoc and system actions. */
public final class ActionCatalog {
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final DefinitionRepository repo;
    private final Transactions tx;
    private final DslParser parser;
    private final Clock clock;
    private final ActionRegistry registry;

    public ActionCatalog(DefinitionRepository repo, Transactions tx, DslParser parser, Clock clock,
                         ActionRegistry registry) {
        this.repo = repo;
        this.tx = tx;
        this.parser = parser;
        this.clock = clock;
        this.registry = registry;
    }

    /**
     * Stores every action of the document or none. Each one keeps the whole uploaded text as its
     * definition, as Mistral does for action lists.
     */
    public List<ActionDefinition> create(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        List<ActionSpec> specs = parser.parseActionList(text);
        return tx.inTransaction(() -> {
            List<ActionDefinition> created = new ArrayList<>();
            for (ActionSpec spec : specs) {
                ActionDefinition a = new ActionDefinition(UUID.randomUUID().toString(), spec.name(), ns, text,
                        spec.description(), InputSignature.render(spec.input()), spec.tags(), checkedScope, null,
                        Projects.DEFAULT, clock.now(), null);
                insert(a);
                created.add(a);
            }
            return created;
        });
    }

    public List<ActionDefinition> update(String text, String namespace, String scope) {
        String ns = Namespaces.normalize(namespace);
        String checkedScope = Scope.checked(scope);
        List<ActionSpec> specs = parser.parseActionList(text);
        return tx.inTransaction(() -> {
            List<ActionDefinition> updated = new ArrayList<>();
            for (ActionSpec spec : specs) {
                ActionDefinition old = repo.findAction(spec.name(), ns).orElseThrow(() -> definitionNotFound(spec.name(), ns));
                String input = InputSignature.render(spec.input());
                if (Objects.equals(old.definition(), text) && Objects.equals(old.input(), input)
                        && Objects.equals(old.description(), spec.description())
                        && Objects.equals(old.tags(), spec.tags()) && Objects.equals(old.scope(), checkedScope)) {
                    updated.add(old);
                    continue;
                }
                ActionDefinition a = new ActionDefinition(old.id(), old.name(), ns, text, spec.description(),
                        InputSignature.render(spec.input()), spec.tags(), checkedScope, old.workbookName(),
                        old.projectId(), old.createdAt(), clock.now());
                repo.updateAction(a);
                updated.add(a);
            }
            return updated;
        });
    }

    /** By name (ad-hoc in the namespace first, then system) or by ad-hoc id. */
    public CatalogAction get(String identifier, String namespace) {
        String ns = Namespaces.normalize(namespace);
        Optional<ActionDefinition> adHoc = repo.findAction(identifier, ns);
        if (adHoc.isEmpty() && UUID_TEXT.matcher(identifier).matches()) {
            adHoc = repo.findActionById(identifier.toLowerCase());
        }
        if (adHoc.isPresent()) {
            return new CatalogAction(adHoc.get(), false);
        }
        return registry.find(identifier).map(ActionCatalog::system).orElseThrow(() -> BoraException.notFound(
                "Action not found [name=" + identifier + ", namespace=" + ns + "]"));
    }

    /** System actions cannot be deleted: they answer 404 like unknown ones. */
    public void delete(String name, String namespace) {
        String ns = Namespaces.normalize(namespace);
        tx.run(() -> {
            ActionDefinition a = repo.findAction(name, ns).orElseThrow(() -> definitionNotFound(name, ns));
            repo.deleteAction(a.id());
        });
    }

    /** System actions followed by the stored ad-hoc ones; the caller filters and sorts. */
    public List<CatalogAction> list() {
        List<CatalogAction> all = new ArrayList<>();
        for (ActionType type : registry.all()) {
            all.add(system(type));
        }
        for (ActionDefinition a : repo.listActions(ListQuery.all())) {
            all.add(new CatalogAction(a, false));
        }
        return all;
    }

    public void validate(String text) {
        parser.parseActionList(text);
    }

    void upsertFromWorkbook(String qualifiedName, String ns, ActionSpec spec, String scope, String workbookName) {
        Optional<ActionDefinition> old = repo.findAction(qualifiedName, ns);
        String input = InputSignature.render(spec.input());
        String definition = spec.definition();
        if (old.isPresent()) {
            ActionDefinition o = old.get();
            if (Objects.equals(o.definition(), definition) && Objects.equals(o.input(), input)
                    && Objects.equals(o.description(), spec.description()) && Objects.equals(o.tags(), spec.tags())
                    && Objects.equals(o.scope(), scope)) {
                return;
            }
            repo.updateAction(new ActionDefinition(o.id(), qualifiedName, ns, definition, spec.description(),
                    input, spec.tags(), scope, workbookName, o.projectId(), o.createdAt(), clock.now()));
        } else {
            insert(new ActionDefinition(UUID.randomUUID().toString(), qualifiedName, ns, definition,
                    spec.description(), input, spec.tags(), scope, workbookName, Projects.DEFAULT, clock.now(), null));
        }
    }

    private void insert(ActionDefinition a) {
        if (repo.findAction(a.name(), a.namespace()).isPresent()) {
            throw duplicate(a);
        }
        try {
            repo.insertAction(a);
        } catch (DuplicateException raced) {
            throw duplicate(a);
        }
    }

    private static CatalogAction system(ActionType type) {
        return new CatalogAction(new ActionDefinition(type.name(), type.name(), "", "", type.description(),
                type.signature(), null, null, null, null, null, null), true);
    }

    private static DuplicateException duplicate(ActionDefinition a) {
        return new DuplicateException("Duplicate entry for Action ['name', 'namespace', 'project_id']: "
                + a.name() + ", " + a.namespace() + ", None");
    }

    private static BoraException definitionNotFound(String name, String ns) {
        return BoraException.notFound("Action definition not found [action_name=" + name + ", namespace=" + ns + "]");
    }
}
