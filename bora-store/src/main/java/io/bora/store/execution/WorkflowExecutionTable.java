package io.bora.store.execution;

import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.ListQuery;
import io.bora.store.query.Resource;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class WorkflowExecutionTable extends Table<WorkflowExecution> {

    WorkflowExecutionTable(Sql sql) {
        super(sql, "workflow_executions", List.of("id", "workflow_id", "workflow_name", "workflow_namespace",
                "description", "tags", "spec", "state", "state_info", "input", "output", "params", "context",
                "task_execution_id", "root_execution_id", "project_id", "created_at", "updated_at"));
    }

    /** The columns with the large ones (the definition text and the JSON documents) read as NULL. */
    private static final String SUMMARY_COLUMNS = "id, workflow_id, workflow_name, workflow_namespace, description, "
            + "tags, NULL AS spec, state, state_info, NULL AS input, NULL AS output, NULL AS params, NULL AS context, "
            + "task_execution_id, root_execution_id, project_id, created_at, updated_at";

    String columns() {
        return columns;
    }

    List<WorkflowExecution> listSummaries(Resource resource, ListQuery query) {
        return list(resource, SUMMARY_COLUMNS, query);
    }

    @Override
    protected Object[] values(WorkflowExecution e) {
        return new Object[]{e.id(), e.workflowId(), e.workflowName(), e.workflowNamespace(), e.description(),
                JsonCodec.writeNullable(e.tags()), e.spec(), e.state(), e.stateInfo(),
                JsonCodec.writeNullable(e.input()), JsonCodec.writeNullable(e.output()),
                JsonCodec.writeNullable(e.params()), JsonCodec.writeNullable(e.context()),
                e.taskExecutionId(), e.rootExecutionId(), project(e.projectId()), created(e.createdAt()),
                e.updatedAt()};
    }

    @Override
    protected WorkflowExecution map(Row r) throws SQLException {
        return new WorkflowExecution(r.string(), r.string(), r.string(), r.string(), r.string(), r.jsonList(),
                r.string(), r.enumValue(State.class), r.string(), r.jsonMap(), r.jsonMap(), r.jsonMap(), r.jsonMap(),
                r.string(), r.string(), r.string(), r.instant(), r.instant());
    }
}
