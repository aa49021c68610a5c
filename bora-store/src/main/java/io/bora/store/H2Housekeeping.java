package io.bora.store;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Compacts the embedded H2 file while the node runs. H2 rewrites half-empty chunks in its
 * background writer thread, but that thread only exists when commits are delayed
 * (WRITE_DELAY > 0); with durable commits nothing reclaims the space of rows whose index pages
 * are scattered over old chunks, and the file grew by ~20 KB per transition. This does the same
 * work on a timer, a few MiB at a time, through H2's MVStore API.
 */
final class H2Housekeeping implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(H2Housekeeping.class);
    /** Chunks less full than this (percent) are rewritten. */
    private static final int TARGET_FILL_RATE = 80;
    /** At most this much is rewritten per run, so that commits never wait long for the store lock. */
    private static final int WRITE_LIMIT_BYTES = 4 << 20;

    private final DataSource dataSource;
    private final ScheduledExecutorService timer;

    H2Housekeeping(DataSource dataSource, long periodMillis) {
        this.dataSource = dataSource;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bora-h2-housekeeping");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::compactQuietly, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** One round of compaction; true when chunks were rewritten. */
    boolean compactOnce() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
            MVStore store = session.getDatabase().getStore().getMvStore();
            if (store.isClosed()) return false;
            return store.compact(TARGET_FILL_RATE, WRITE_LIMIT_BYTES);
        }
    }

    private void compactQuietly() {
        try {
            compactOnce();
        } catch (Exception e) {
            // Skipping a round only costs disk space; the next round tries again.
            log.debug("H2 housekeeping skipped: {}", e.toString());
        }
    }

    /** Lets a running round finish: an interrupt inside H2's file I/O would close the file channel. */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
