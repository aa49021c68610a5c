package io.bora.engine.port;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.Environment;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.Workbook;

import java.util.List;
import java.util.Optional;

/**
 * Workbooks, workflow and ad-hoc action definitions, environments. Names are unique per
 * (name, namespace, project); inserts that break this throw {@link DuplicateException}.
 * Update methods replace the row with the same id.
 */
public interface DefinitionRepository {
    void insertWorkflow(WorkflowDefinition wf);
    void updateWorkflow(WorkflowDefinition wf);
    Optional<WorkflowDefinition> findWorkflowById(String id);
    Optional<WorkflowDefinition> findWorkflow(String name, String namespace);
    List<WorkflowDefinition> listWorkflows(ListQuery query);
    boolean deleteWorkflow(String id);

    void insertWorkbook(Workbook wb);
    void updateWorkbook(Workbook wb);
    Optional<Workbook> findWorkbook(String name, String namespace);
    List<Workbook> listWorkbooks(ListQuery query);
    boolean deleteWorkbook(String id);
    /** Workflows and actions that came from this workbook. */
    void deleteWorkbookContents(String workbookName, String namespace);

    void insertAction(ActionDefinition action);
    void updateAction(ActionDefinition action);
    Optional<ActionDefinition> findActionById(String id);
    Optional<ActionDefinition> findAction(String name, String namespace);
    List<ActionDefinition> listActions(ListQuery query);
    boolean deleteAction(String id);

    void insertEnvironment(Environment env);
    void updateEnvironment(Environment env);
    Optional<Environment> findEnvironment(String name);
    List<Environment> listEnvironments(ListQuery query);
    boolean deleteEnvironment(String id);
}
