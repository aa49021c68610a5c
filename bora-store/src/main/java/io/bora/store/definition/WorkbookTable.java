package io.bora.store.definition;

import io.bora.engine.model.Workbook;
import io.bora.store.jdbc.Row;
import io.bora.store.jdbc.Sql;
import io.bora.store.jdbc.Table;
import io.bora.store.json.JsonCodec;

import java.sql.SQLException;
import java.util.List;

final class WorkbookTable extends Table<Workbook> {

    WorkbookTable(Sql sql) {
        super(sql, "workbooks", List.of("id", "name", "namespace", "definition", "tags", "scope",
                "project_id", "created_at", "updated_at"));
    }

    @Override
    protected Object[] values(Workbook w) {
        return new Object[]{w.id(), w.name(), namespace(w.namespace()), w.definition(),
                JsonCodec.writeNullable(w.tags()), w.scope(), project(w.projectId()), created(w.createdAt()),
                w.updatedAt()};
    }

    @Override
    protected Workbook map(Row r) throws SQLException {
        return new Workbook(r.string(), r.string(), r.string(), r.string(), r.jsonList(), r.string(), r.string(),
                r.instant(), r.instant());
    }
}
