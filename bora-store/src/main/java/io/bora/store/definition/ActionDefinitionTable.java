package io.bora.store.definition;

import io.bora.engine.model.ActionDefinition;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class ActionDefinitionTable extends Table<ActionDefinition> {

    ActionDefinitionTable(Sql sql) {
        super(sql, "action_definitions", List.of("id", "name", "namespace", "definition", "description", "input",
                "tags", "scope", "workbook_name", "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(ActionDefinition a) {
        return new Object[]{a.id(), a.name(), namespace(a.namespace()), a.definition(), a.description(), a.input(),
                JsonCodec.writeNullable(a.tags()), a.scope(), a.workbookName(), project(a.projectId()),
                created(a.createdAt()), a.updatedAt()};
    }

    @Override
    protected ActionDefinition map(Row r) throws SQLException {
        return new ActionDefinition(r.string(), r.string(), r.string(), r.string(), r.string(), r.string(),
                r.jsonList(), r.string(), r.string(), r.string(), r.instant(), r.instant());
    }
}
