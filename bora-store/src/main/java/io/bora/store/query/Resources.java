package io.bora.store.query;

import static io.bora.store.query.FieldType.BOOLEAN;
import static io.bora.store.query.FieldType.JSON;
import static io.bora.store.query.FieldType.TAGS;
import static io.bora.store.query.FieldType.TEXT;

/**
 * The fields each collection accepts in filters and sort keys, named as in the REST API
 * (spec/rest-api.md §3-§10), mapped to the columns of the schema.
 */
public final class Resources {

    private Resources() {
    }

    public static final Resource WORKBOOKS = Resource.of("workbooks")
            .notNull("name", TEXT).notNull("namespace", TEXT).with("definition", JSON)
            .with("tags", TAGS).with("scope", TEXT);

    public static final Resource WORKFLOWS = Resource.of("workflow_definitions")
            .notNull("name", TEXT).notNull("namespace", TEXT).with("definition", JSON)
            .with("tags", TAGS).with("scope", TEXT).with("workbook_name", TEXT);

    public static final Resource ACTIONS = Resource.of("action_definitions")
            .notNull("name", TEXT).notNull("namespace", TEXT).with("definition", JSON)
            .with("description", JSON).with("input", JSON).with("tags", TAGS).with("scope", TEXT)
            .with("workbook_name", TEXT);

    public static final Resource ENVIRONMENTS = Resource.of("environments")
            .notNull("name", TEXT).with("description", JSON).with("variables", JSON).with("scope", TEXT);

    public static final Resource EXECUTIONS = Resource.of("workflow_executions")
            .with("workflow_id", TEXT).with("workflow_name", TEXT).with("workflow_namespace", TEXT)
            .with("description", JSON).with("tags", TAGS).with("params", JSON)
            .with("task_execution_id", TEXT).with("root_execution_id", TEXT)
            .notNull("state", TEXT).with("state_info", JSON).with("input", JSON).with("output", JSON);

    public static final Resource TASKS = Resource.of("task_executions")
            .notNull("name", TEXT).with("type", TEXT).with("workflow_name", TEXT)
            .with("workflow_namespace", TEXT).with("workflow_id", TEXT)
            .notNull("workflow_execution_id", TEXT).with("tags", TAGS).notNull("state", TEXT)
            .with("state_info", JSON).with("result", JSON).with("published", JSON)
            .with("runtime_context", JSON).notNull("processed", BOOLEAN)
            .with("started_at", FieldType.TIMESTAMP).with("finished_at", FieldType.TIMESTAMP);

    public static final Resource ACTION_EXECUTIONS = Resource.of("action_executions")
            .with("name", TEXT).with("tags", TAGS).with("workflow_name", TEXT)
            .with("workflow_namespace", TEXT).with("workflow_execution_id", TEXT)
            .with("task_name", TEXT).with("task_execution_id", TEXT).notNull("state", TEXT)
            .with("state_info", JSON).notNull("accepted", BOOLEAN).with("input", JSON)
            .with("output", JSON).with("params", JSON).with("description", JSON);
}
