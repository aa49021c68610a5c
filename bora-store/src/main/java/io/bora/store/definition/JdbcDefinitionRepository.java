package io.bora.store.definition;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.Environment;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.Workbook;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ListQuery;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.UniqueViolationException;
import io.bora.store.query.Resources;

import java.util.List;
import java.util.Optional;

/**
 * Definitions in SQL. Lookups by name ignore the project for now: requests carry no project
 * until authentication arrives, and every row is in the default one.
 */
public final class JdbcDefinitionRepository implements DefinitionRepository {

    private static final String WORKFLOW = "WorkflowDefinition";
    private static final String WORKBOOK = "WorkbookDefinition";
    private static final String ACTION = "Action";
    private static final String ENVIRONMENT = "Environment";

    private final Sql sql;
    private final WorkflowDefinitionTable workflows;
    private final WorkbookTable workbooks;
    private final ActionDefinitionTable actions;
    private final EnvironmentTable environments;

    public JdbcDefinitionRepository(Sql sql) {
        this.sql = sql;
        this.workflows = new WorkflowDefinitionTable(sql);
        this.workbooks = new WorkbookTable(sql);
        this.actions = new ActionDefinitionTable(sql);
        this.environments = new EnvironmentTable(sql);
    }

    @Override
    public void insertWorkflow(WorkflowDefinition wf) {
        try {
            workflows.insertGuarded(wf);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_workflow_definitions_name", WORKFLOW, wf.name(), wf.namespace(), wf.projectId());
        }
    }

    @Override
    public void updateWorkflow(WorkflowDefinition wf) {
        try {
            workflows.updateGuarded(wf);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_workflow_definitions_name", WORKFLOW, wf.name(), wf.namespace(), wf.projectId());
        }
    }

    @Override
    public Optional<WorkflowDefinition> findWorkflowById(String id) {
        return workflows.findById(id);
    }

    @Override
    public Optional<WorkflowDefinition> findWorkflow(String name, String namespace) {
        return workflows.one("name = ? AND namespace = ?", name, ns(namespace));
    }

    @Override
    public List<WorkflowDefinition> listWorkflows(ListQuery query) {
        return workflows.list(Resources.WORKFLOWS, query);
    }

    @Override
    public boolean deleteWorkflow(String id) {
        return workflows.deleteById(id);
    }

    @Override
    public void insertWorkbook(Workbook wb) {
        try {
            workbooks.insertGuarded(wb);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_workbooks_name", WORKBOOK, wb.name(), wb.namespace(), wb.projectId());
        }
    }

    @Override
    public void updateWorkbook(Workbook wb) {
        try {
            workbooks.updateGuarded(wb);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_workbooks_name", WORKBOOK, wb.name(), wb.namespace(), wb.projectId());
        }
    }

    @Override
    public Optional<Workbook> findWorkbook(String name, String namespace) {
        return workbooks.one("name = ? AND namespace = ?", name, ns(namespace));
    }

    @Override
    public List<Workbook> listWorkbooks(ListQuery query) {
        return workbooks.list(Resources.WORKBOOKS, query);
    }

    @Override
    public boolean deleteWorkbook(String id) {
        return workbooks.deleteById(id);
    }

    @Override
    public void deleteWorkbookContents(String workbookName, String namespace) {
        sql.transactions().run(() -> {
            sql.update("DELETE FROM workflow_definitions WHERE workbook_name = ? AND namespace = ?", workbookName, ns(namespace));
            sql.update("DELETE FROM action_definitions WHERE workbook_name = ? AND namespace = ?", workbookName, ns(namespace));
        });
    }

    @Override
    public void insertAction(ActionDefinition action) {
        try {
            actions.insertGuarded(action);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_action_definitions_name", ACTION, action.name(), action.namespace(), action.projectId());
        }
    }

    @Override
    public void updateAction(ActionDefinition action) {
        try {
            actions.updateGuarded(action);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_action_definitions_name", ACTION, action.name(), action.namespace(), action.projectId());
        }
    }

    @Override
    public Optional<ActionDefinition> findActionById(String id) {
        return actions.findById(id);
    }

    @Override
    public Optional<ActionDefinition> findAction(String name, String namespace) {
        return actions.one("name = ? AND namespace = ?", name, ns(namespace));
    }

    @Override
    public List<ActionDefinition> listActions(ListQuery query) {
        return actions.list(Resources.ACTIONS, query);
    }

    @Override
    public boolean deleteAction(String id) {
        return actions.deleteById(id);
    }

    @Override
    public void insertEnvironment(Environment env) {
        try {
            environments.insertGuarded(env);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_environments_name", ENVIRONMENT, env.name(), env.projectId());
        }
    }

    @Override
    public void updateEnvironment(Environment env) {
        try {
            environments.updateGuarded(env);
        } catch (UniqueViolationException e) {
            throw Duplicates.byName(e, "uq_environments_name", ENVIRONMENT, env.name(), env.projectId());
        }
    }

    @Override
    public Optional<Environment> findEnvironment(String name) {
        return environments.one("name = ?", name);
    }

    @Override
    public List<Environment> listEnvironments(ListQuery query) {
        return environments.list(Resources.ENVIRONMENTS, query);
    }

    @Override
    public boolean deleteEnvironment(String id) {
        return environments.deleteById(id);
    }

    private static String ns(String namespace) {
        return namespace == null ? "" : namespace;
    }
}
