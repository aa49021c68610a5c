package io.bora.store.notify;

import io.bora.store.jdbc.Sql;

/**
 * Tells the other nodes that jobs were enqueued. On PostgreSQL a {@code NOTIFY} is sent on the
 * enqueuing transaction: the server delivers it only when that transaction commits (and drops it
 * on rollback), so a listener never wakes for jobs it cannot see yet. Elsewhere it does nothing:
 * an embedded database has one node, which its own commits already wake.
 */
public sealed interface JobNotifier permits JobNotifier.Silent, JobNotifier.PgNotify {

    /** The channel every node listens on. */
    String CHANNEL = "bora_jobs";

    /** Called right after jobs were inserted, on the inserting transaction (or connection). */
    void jobsEnqueued();

    static JobNotifier forDialect(String dialectName, Sql sql) {
        return "PostgreSQL".equals(dialectName) ? new PgNotify(sql) : new Silent();
    }

    /** The embedded database: nothing to tell. */
    record Silent() implements JobNotifier {
        @Override
        public void jobsEnqueued() {
        }
    }

    /**
     * The payload is the schema the jobs went to, so that Bora installations sharing one
     * database in different schemas do not wake each other. Identical notifications of one
     * transaction are folded into one by the server.
     */
    record PgNotify(Sql sql) implements JobNotifier {
        @Override
        public void jobsEnqueued() {
            sql.query("SELECT pg_notify('" + CHANNEL + "', current_schema())", r -> Boolean.TRUE);
        }
    }
}
