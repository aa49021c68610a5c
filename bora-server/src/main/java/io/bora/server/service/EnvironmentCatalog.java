package io.bora.server.service;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.Environment;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Named environments. Variables are stored verbatim; expressions in them are evaluated at use. */
public final class EnvironmentCatalog {
    private final DefinitionRepository repo;
    private final Transactions tx;
    private final Clock clock;

    public EnvironmentCatalog(DefinitionRepository repo, Transactions tx, Clock clock) {
        this.repo = repo;
        this.tx = tx;
        this.clock = clock;
    }

    public Environment create(String name, String description, Map<String, Object> variables, String scope) {
        String checkedScope = Scope.checked(scope);
        return tx.inTransaction(() -> {
            if (name != null && repo.findEnvironment(name).isPresent()) {
                throw duplicate(name);
            }
            Environment env = new Environment(UUID.randomUUID().toString(), name, description,
                    variables == null ? Map.of() : variables, checkedScope, Projects.DEFAULT, clock.now(), null);
            try {
                repo.insertEnvironment(env);
            } catch (DuplicateException raced) {
                throw duplicate(name);
            }
            return env;
        });
    }

    /**
     * Replaces the given attributes of an existing environment (a given {@code variables} replaces
     * the whole map); attributes not given keep their value.
     *
     * @param changes keys among {@code description, variables, scope}, already decoded
     */
    public Environment update(String name, Map<String, Object> changes) {
        String scope = changes.containsKey("scope") ? Scope.checked((String) changes.get("scope")) : null;
        return tx.inTransaction(() -> {
            Environment old = get(name);
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = changes.containsKey("variables")
                    ? (Map<String, Object>) changes.get("variables") : old.variables();
            String description = changes.containsKey("description")
                    ? (String) changes.get("description") : old.description();
            Map<String, Object> newVariables = variables == null ? Map.of() : variables;
            String newScope = scope == null ? old.scope() : scope;
            if (Objects.equals(old.description(), description) && Objects.equals(old.variables(), newVariables)
                    && Objects.equals(old.scope(), newScope)) {
                return old;
            }
            Environment env = new Environment(old.id(), old.name(), description, newVariables, newScope,
                    old.projectId(), old.createdAt(), clock.now());
            repo.updateEnvironment(env);
            return env;
        });
    }

    public Environment get(String name) {
        return repo.findEnvironment(name).orElseThrow(() -> notFound(name));
    }

    public void delete(String name) {
        tx.run(() -> repo.deleteEnvironment(get(name).id()));
    }

    public List<Environment> list() {
        return repo.listEnvironments(ListQuery.all());
    }

    private static BoraException notFound(String name) {
        return BoraException.notFound("Environment not found [name=" + name + "]");
    }

    private static DuplicateException duplicate(String name) {
        return new DuplicateException("Duplicate entry for Environment ['name', 'project_id']: " + name + ", None");
    }
}
