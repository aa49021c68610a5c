-- Bora schema, one set of SQL for H2 2.x and PostgreSQL 14+.
-- ${text} is the unbounded text type of the dialect (H2: CLOB, PostgreSQL: TEXT); JSON-shaped
-- fields are stored as JSON text in it. Timestamps are UTC without zone, microsecond precision.
-- No foreign keys: the engine may write the rows of one transition in any order, and deletes
-- cascade in code (JdbcExecutionRepository.deleteWorkflow) where the order is known.

CREATE TABLE workbooks (
    id          VARCHAR(128) NOT NULL,
    name        VARCHAR(255) NOT NULL,
    namespace   VARCHAR(255) NOT NULL,
    definition  ${text},
    tags        ${text},
    scope       VARCHAR(32),
    project_id  VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6),
    CONSTRAINT pk_workbooks PRIMARY KEY (id),
    CONSTRAINT uq_workbooks_name UNIQUE (name, namespace, project_id)
);
CREATE INDEX ix_workbooks_created ON workbooks (created_at, id);

CREATE TABLE workflow_definitions (
    id            VARCHAR(128) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    namespace     VARCHAR(255) NOT NULL,
    definition    ${text},
    tags          ${text},
    scope         VARCHAR(32),
    workbook_name VARCHAR(255),
    project_id    VARCHAR(128) NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    updated_at    TIMESTAMP(6),
    CONSTRAINT pk_workflow_definitions PRIMARY KEY (id),
    CONSTRAINT uq_workflow_definitions_name UNIQUE (name, namespace, project_id)
);
CREATE INDEX ix_workflow_definitions_wb ON workflow_definitions (workbook_name, namespace);
CREATE INDEX ix_workflow_definitions_created ON workflow_definitions (created_at, id);

CREATE TABLE action_definitions (
    id            VARCHAR(128) NOT NULL,
    name          VARCHAR(255) NOT NULL,
    namespace     VARCHAR(255) NOT NULL,
    definition    ${text},
    description   ${text},
    input         ${text},
    tags          ${text},
    scope         VARCHAR(32),
    workbook_name VARCHAR(255),
    project_id    VARCHAR(128) NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    updated_at    TIMESTAMP(6),
    CONSTRAINT pk_action_definitions PRIMARY KEY (id),
    CONSTRAINT uq_action_definitions_name UNIQUE (name, namespace, project_id)
);
CREATE INDEX ix_action_definitions_wb ON action_definitions (workbook_name, namespace);
CREATE INDEX ix_action_definitions_created ON action_definitions (created_at, id);

CREATE TABLE environments (
    id          VARCHAR(128) NOT NULL,
    name        VARCHAR(255) NOT NULL,
    description ${text},
    variables   ${text},
    scope       VARCHAR(32),
    project_id  VARCHAR(128) NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL,
    updated_at  TIMESTAMP(6),
    CONSTRAINT pk_environments PRIMARY KEY (id),
    CONSTRAINT uq_environments_name UNIQUE (name, project_id)
);
CREATE INDEX ix_environments_created ON environments (created_at, id);

CREATE TABLE workflow_executions (
    id                 VARCHAR(128) NOT NULL,
    workflow_id        VARCHAR(128),
    workflow_name      VARCHAR(255),
    workflow_namespace VARCHAR(255),
    description        ${text},
    tags               ${text},
    spec               ${text},
    state              VARCHAR(32) NOT NULL,
    state_info         ${text},
    input              ${text},
    output             ${text},
    params             ${text},
    context            ${text},
    task_execution_id  VARCHAR(128),
    root_execution_id  VARCHAR(128),
    project_id         VARCHAR(128) NOT NULL,
    created_at         TIMESTAMP(6) NOT NULL,
    updated_at         TIMESTAMP(6),
    CONSTRAINT pk_workflow_executions PRIMARY KEY (id)
);
CREATE INDEX ix_workflow_executions_state ON workflow_executions (state);
CREATE INDEX ix_workflow_executions_task ON workflow_executions (task_execution_id);
CREATE INDEX ix_workflow_executions_root ON workflow_executions (root_execution_id);
CREATE INDEX ix_workflow_executions_wf ON workflow_executions (workflow_name);
CREATE INDEX ix_workflow_executions_created ON workflow_executions (created_at, id);

CREATE TABLE task_executions (
    id                    VARCHAR(128) NOT NULL,
    name                  VARCHAR(255) NOT NULL,
    workflow_execution_id VARCHAR(128) NOT NULL,
    workflow_id           VARCHAR(128),
    workflow_name         VARCHAR(255),
    workflow_namespace    VARCHAR(255),
    type                  VARCHAR(16),
    tags                  ${text},
    state                 VARCHAR(32) NOT NULL,
    state_info            ${text},
    runtime_context       ${text},
    in_context            ${text},
    published             ${text},
    result                ${text},
    next_tasks            ${text},
    error_handled         BOOLEAN NOT NULL,
    processed             BOOLEAN NOT NULL,
    unique_key            VARCHAR(1000),
    project_id            VARCHAR(128) NOT NULL,
    created_at            TIMESTAMP(6) NOT NULL,
    updated_at            TIMESTAMP(6),
    started_at            TIMESTAMP(6),
    finished_at           TIMESTAMP(6),
    CONSTRAINT pk_task_executions PRIMARY KEY (id),
    -- NULLs are distinct in both databases: only join tasks carry a key.
    CONSTRAINT uq_task_executions_unique_key UNIQUE (unique_key)
);
CREATE INDEX ix_task_executions_wf ON task_executions (workflow_execution_id, created_at);
CREATE INDEX ix_task_executions_created ON task_executions (created_at, id);

CREATE TABLE action_executions (
    id                    VARCHAR(128) NOT NULL,
    name                  VARCHAR(255),
    task_execution_id     VARCHAR(128),
    task_name             VARCHAR(255),
    workflow_execution_id VARCHAR(128),
    workflow_name         VARCHAR(255),
    workflow_namespace    VARCHAR(255),
    state                 VARCHAR(32) NOT NULL,
    state_info            ${text},
    accepted              BOOLEAN NOT NULL,
    input                 ${text},
    output                ${text},
    params                ${text},
    description           ${text},
    tags                  ${text},
    item_index            INTEGER NOT NULL,
    is_async              BOOLEAN NOT NULL,
    runner                VARCHAR(255),
    last_heartbeat        TIMESTAMP(6),
    project_id            VARCHAR(128) NOT NULL,
    created_at            TIMESTAMP(6) NOT NULL,
    updated_at            TIMESTAMP(6),
    CONSTRAINT pk_action_executions PRIMARY KEY (id)
);
CREATE INDEX ix_action_executions_task ON action_executions (task_execution_id, created_at);
CREATE INDEX ix_action_executions_wf ON action_executions (workflow_execution_id);
CREATE INDEX ix_action_executions_created ON action_executions (created_at, id);

-- The outbox and the timers: a job is claimable once due_at has passed and no live lease holds it.
CREATE TABLE jobs (
    id            VARCHAR(255) NOT NULL,
    kind          VARCHAR(32) NOT NULL,
    execution_id  VARCHAR(128),
    payload       ${text},
    due_at        TIMESTAMP(6) NOT NULL,
    target        VARCHAR(255),
    claimed_by    VARCHAR(255),
    claimed_until TIMESTAMP(6),
    attempts      INTEGER NOT NULL,
    created_at    TIMESTAMP(6) NOT NULL,
    project_id    VARCHAR(128) NOT NULL,
    CONSTRAINT pk_jobs PRIMARY KEY (id)
);
CREATE INDEX ix_jobs_due ON jobs (due_at, created_at);
CREATE INDEX ix_jobs_execution ON jobs (execution_id, kind);
CREATE INDEX ix_jobs_claimed_by ON jobs (claimed_by);

-- Used by the cron work (no repository yet); here so that it needs no migration of its own.
CREATE TABLE cron_triggers (
    id                   VARCHAR(128) NOT NULL,
    name                 VARCHAR(255) NOT NULL,
    pattern              VARCHAR(255),
    workflow_name        VARCHAR(255),
    workflow_id          VARCHAR(128),
    workflow_input       ${text},
    workflow_params      ${text},
    first_execution_time TIMESTAMP(6),
    next_execution_time  TIMESTAMP(6),
    remaining_executions INTEGER,
    scope                VARCHAR(32),
    project_id           VARCHAR(128) NOT NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6),
    CONSTRAINT pk_cron_triggers PRIMARY KEY (id),
    CONSTRAINT uq_cron_triggers_name UNIQUE (name, project_id)
);
CREATE INDEX ix_cron_triggers_next ON cron_triggers (next_execution_time);
CREATE INDEX ix_cron_triggers_wf ON cron_triggers (workflow_id);
CREATE INDEX ix_cron_triggers_created ON cron_triggers (created_at, id);
