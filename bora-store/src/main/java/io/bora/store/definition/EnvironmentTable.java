package io.bora.store.definition;

import io.bora.engine.model.Environment;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class EnvironmentTable extends Table<Environment> {

    EnvironmentTable(Sql sql) {
        super(sql, "environments", List.of("id", "name", "description", "variables", "scope", "project_id",
                "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(Environment e) {
        return new Object[]{e.id(), e.name(), e.description(), JsonCodec.writeNullable(e.variables()), e.scope(),
                project(e.projectId()), created(e.createdAt()), e.updatedAt()};
    }

    @Override
    protected Environment map(Row r) throws SQLException {
        return new Environment(r.string(), r.string(), r.string(), r.jsonMap(), r.string(), r.string(),
                r.instant(), r.instant());
    }
}
