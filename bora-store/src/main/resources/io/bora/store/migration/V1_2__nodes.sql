-- The nodes of a cluster, for GET /v2/services: every node upserts its row on each heartbeat and
-- deletes it when it stops gracefully; rows of nodes that died simply stop being refreshed.
-- Version 1.2 so that it sorts before whatever V2 the store work adds next.
CREATE TABLE nodes (
    name       VARCHAR(255) NOT NULL,
    roles      VARCHAR(255) NOT NULL,
    started_at TIMESTAMP(6) NOT NULL,
    last_seen  TIMESTAMP(6) NOT NULL,
    CONSTRAINT pk_nodes PRIMARY KEY (name)
);
