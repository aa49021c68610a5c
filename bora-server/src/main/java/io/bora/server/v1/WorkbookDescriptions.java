package io.bora.server.v1;

import io.bora.engine.model.Environment;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.server.service.Projects;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * v1 workbooks have a description; the workbooks table (Mistral 15's) has none. Until it gets a
 * column, the description lives in an environment row named {@code bora.v1.workbook.<name>}, written
 * in the same transaction as the workbook. Callers must run these inside a transaction.
 */
final class WorkbookDescriptions {
    static final String PREFIX = "bora.v1.workbook.";

    private final DefinitionRepository repo;
    private final Clock clock;

    WorkbookDescriptions(DefinitionRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    Optional<String> get(String workbook) {
        return repo.findEnvironment(PREFIX + workbook).map(Environment::description);
    }

    void put(String workbook, String description) {
        Optional<Environment> old = repo.findEnvironment(PREFIX + workbook);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("v1_workbook", workbook);
        if (old.isPresent()) {
            Environment o = old.get();
            repo.updateEnvironment(new Environment(o.id(), o.name(), description, variables, o.scope(), o.projectId(),
                    o.createdAt(), clock.now()));
        } else {
            repo.insertEnvironment(new Environment(UUID.randomUUID().toString(), PREFIX + workbook, description,
                    variables, "private", Projects.DEFAULT, clock.now(), null));
        }
    }

    void remove(String workbook) {
        repo.findEnvironment(PREFIX + workbook).ifPresent(e -> repo.deleteEnvironment(e.id()));
    }
}
