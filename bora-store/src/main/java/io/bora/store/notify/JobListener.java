package io.bora.store.notify;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Listens on {@link JobNotifier#CHANNEL} over a connection of its own (outside the pool: it is
 * held for the node's lifetime and must not be recycled) and runs the wake-up callback when
 * another transaction enqueued jobs in this schema. A lost connection is reopened; after every
 * (re)connect the callback runs once, since notifications sent meanwhile were lost and the
 * woken loops simply look at the queue.
 */
public final class JobListener implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(JobListener.class);
    /** How long one wait for notifications lasts; an idle connection is checked this often. */
    private static final int WAIT_MILLIS = 5_000;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    /** Opens a fresh connection to the store's database and schema. */
    @FunctionalInterface
    public interface ConnectionSource {
        Connection open() throws SQLException;
    }

    private final ConnectionSource connections;
    private final Runnable wake;
    private final CountDownLatch closed = new CountDownLatch(1);
    private final Thread thread;
    private volatile Connection current;
    private volatile int connects;

    private JobListener(ConnectionSource connections, Runnable wake) {
        this.connections = connections;
        this.wake = wake;
        this.thread = Thread.ofPlatform().name("bora-job-listener").daemon().unstarted(this::run);
    }

    /** Starts listening in a background thread; {@link #close()} stops it. */
    public static JobListener start(ConnectionSource connections, Runnable wake) {
        JobListener listener = new JobListener(connections, wake);
        listener.thread.start();
        return listener;
    }

    /** How many times a listening connection was established and its catch-up wake-up ran. */
    public int connects() {
        return connects;
    }

    private void run() {
        long backoff = 0;
        boolean failing = false;
        while (closed.getCount() > 0) {
            try (Connection c = connections.open()) {
                current = c;
                String schema = listen(c);
                if (failing) log.info("job notifications: listening again");
                failing = false;
                backoff = 0;
                wake.run();
                connects++;
                receive(c, schema);
            } catch (SQLException | RuntimeException e) {
                if (closed.getCount() == 0) return;
                if (!failing) log.warn("job notifications: connection lost ({}); reconnecting, nodes poll meanwhile", e.getMessage());
                failing = true;
            } finally {
                current = null;
            }
            // Reconnect at once after the first failure, then back off up to a few seconds.
            if (awaitClosed(backoff)) return;
            backoff = Math.min(MAX_BACKOFF_MILLIS, Math.max(250, backoff * 2));
        }
    }

    private static String listen(Connection c) throws SQLException {
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + JobNotifier.CHANNEL);
            try (ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private void receive(Connection c, String schema) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        while (closed.getCount() > 0) {
            PGNotification[] batch = pg.getNotifications(WAIT_MILLIS);
            if (batch == null || batch.length == 0) {
                // Nothing for a while: make sure the connection is still there (a half-open
                // socket would otherwise keep this node deaf without an error).
                if (!c.isValid(2)) throw new SQLException("listening connection is no longer valid");
                continue;
            }
            for (PGNotification n : batch) {
                if (schema == null || schema.equals(n.getParameter())) {
                    wake.run();
                    break;
                }
            }
        }
    }

    private boolean awaitClosed(long millis) {
        try {
            return closed.await(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    @Override
    public void close() {
        closed.countDown();
        Connection c = current;
        if (c != null) {
            try {
                c.close(); // unblocks a thread waiting for notifications
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
