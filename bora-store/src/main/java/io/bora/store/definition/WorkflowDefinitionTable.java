package io.bora.store.definition;

import io.bora.engine.model.WorkflowDefinition;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class WorkflowDefinitionTable extends Table<WorkflowDefinition> {

    WorkflowDefinitionTable(Sql sql) {
        super(sql, "workflow_definitions", List.of("id", "name", "namespace", "definition", "tags", "scope",
                "workbook_name", "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(WorkflowDefinition w) {
        return new Object[]{w.id(), w.name(), namespace(w.namespace()), w.definition(),
                JsonCodec.writeNullable(w.tags()), w.scope(), w.workbookName(), project(w.projectId()),
                created(w.createdAt()), w.updatedAt()};
    }

    @Override
    protected WorkflowDefinition map(Row r) throws SQLException {
        return new WorkflowDefinition(r.string(), r.string(), r.string(), r.string(), r.jsonList(), r.string(),
                r.string(), r.string(), r.instant(), r.instant());
    }
}
