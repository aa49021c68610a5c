package io.bora.store.definition;

import io.bora.engine.port.DuplicateException;
import io.bora.store.jdbc.Table;
import io.bora.store.jdbc.UniqueViolationException;

/**
 * Mistral's 409 texts for taken names, e.g.
 * {@code Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: wf1, , None}.
 * Mistral prints the project of an unauthenticated request as {@code None}.
 */
final class Duplicates {

    private Duplicates() {
    }

    static DuplicateException byName(UniqueViolationException e, String constraint, String entity,
                                     String name, String namespace, String projectId) {
        if (!e.concerns(constraint)) return byId(entity, e);
        return new DuplicateException("Duplicate entry for " + entity + " ['name', 'namespace', 'project_id']: "
                + name + ", " + (namespace == null ? "" : namespace) + ", " + project(projectId));
    }

    static DuplicateException byName(UniqueViolationException e, String constraint, String entity,
                                     String name, String projectId) {
        if (!e.concerns(constraint)) return byId(entity, e);
        return new DuplicateException("Duplicate entry for " + entity + " ['name', 'project_id']: "
                + name + ", " + project(projectId));
    }

    private static DuplicateException byId(String entity, UniqueViolationException e) {
        DuplicateException d = new DuplicateException("Duplicate entry for " + entity + " ['id']");
        d.initCause(e);
        return d;
    }

    private static String project(String projectId) {
        return projectId == null || Table.DEFAULT_PROJECT.equals(projectId) ? "None" : projectId;
    }
}
