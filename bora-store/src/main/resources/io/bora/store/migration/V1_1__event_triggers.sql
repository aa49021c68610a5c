-- Event triggers (REST §11): stored and served, never fired (no OpenStack message bus).
-- Version 1.1 so that it sorts before whatever V2 the store work adds next.
CREATE TABLE event_triggers (
    id              VARCHAR(128) NOT NULL,
    name            VARCHAR(255),
    workflow_id     VARCHAR(128) NOT NULL,
    workflow_input  ${text},
    workflow_params ${text},
    exchange        VARCHAR(255) NOT NULL,
    topic           VARCHAR(255) NOT NULL,
    event           VARCHAR(255) NOT NULL,
    scope           VARCHAR(32),
    project_id      VARCHAR(128) NOT NULL,
    created_at      TIMESTAMP(6) NOT NULL,
    updated_at      TIMESTAMP(6),
    CONSTRAINT pk_event_triggers PRIMARY KEY (id)
);
CREATE INDEX ix_event_triggers_wf ON event_triggers (workflow_id);
CREATE INDEX ix_event_triggers_created ON event_triggers (created_at, id);
