package io.bora.store.notify;

import io.bora.store.jdbc.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Tells the other nodes that jobs were enqueued. On PostgreSQL a {@code NOTIFY} follows each
 * burst of enqueues; elsewhere nothing is sent: an embedded database has one node, which its own
 * commits already wake.
 */
public sealed interface JobNotifier permits JobNotifier.Silent, JobNotifier.CoalescingPgNotify {

    /** The channel every node listens on. */
    String CHANNEL = "bora_jobs";

    /** Called right after jobs were inserted, on the inserting thread; never blocks on the database. */
    void jobsEnqueued();

    static JobNotifier forDialect(String dialectName, Sql sql) {
        return "PostgreSQL".equals(dialectName) ? new CoalescingPgNotify(sql) : new Silent();
    }

    /** The embedded database: nothing to tell. */
    record Silent() implements JobNotifier {
        @Override
        public void jobsEnqueued() {
        }
    }

    /**
     * Not sent inside the enqueuing transaction, although PostgreSQL would deliver it at commit:
     * a transaction that notified takes a database-wide lock for its commit (so that the queue of
     * notifications stays in commit order), which would serialise every engine commit of every
     * node, fsync included. Instead, the first enqueue of a burst schedules one NOTIFY on a pool
     * connection of its own, sent {@link #SETTLE_NANOS} later so that the enqueuing transaction
     * (short: one engine step) has committed and the woken nodes can see its jobs; enqueues
     * meanwhile ride along. A job whose transaction commits later still is found by the
     * receivers' regular poll. The payload is the schema the jobs went to, so that Bora
     * installations sharing one database in different schemas do not wake each other.
     */
    final class CoalescingPgNotify implements JobNotifier {
        private static final Logger log = LoggerFactory.getLogger(CoalescingPgNotify.class);
        static final long SETTLE_NANOS = 10_000_000L;

        private final Sql sql;
        private final AtomicBoolean scheduled = new AtomicBoolean();

        CoalescingPgNotify(Sql sql) {
            this.sql = sql;
        }

        @Override
        public void jobsEnqueued() {
            if (scheduled.compareAndSet(false, true)) Thread.ofVirtual().name("bora-job-notify").start(this::send);
        }

        private void send() {
            LockSupport.parkNanos(SETTLE_NANOS);
            scheduled.set(false); // enqueues from here on schedule the next notification
            try {
                sql.query("SELECT pg_notify('" + CHANNEL + "', current_schema())", r -> Boolean.TRUE);
            } catch (RuntimeException e) {
                // The receivers poll anyway; a store being closed ends up here too.
                log.debug("job notification not sent: {}", e.getMessage());
            }
        }
    }
}
