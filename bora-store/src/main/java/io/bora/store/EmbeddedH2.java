package io.bora.store;

import java.nio.file.Path;

/** The settings of the embedded single-node database. */
final class EmbeddedH2 {

    /** How often the file is compacted while running (see {@link H2Housekeeping}). */
    static final long HOUSEKEEPING_PERIOD_MILLIS = 2_000;

    private EmbeddedH2() {
    }

    static String url(Path dir) {
        SyncedFilePath.register();
        // retry: reopens the file when an interrupted thread's I/O closed the channel; without it
        // one interrupted virtual thread (a cancelled action, a shutdown) closes the whole database.
        return "jdbc:h2:" + SyncedFilePath.SCHEME + ":retry:" + dir.resolve("bora")
                // Commit writes the store at once instead of within half a second.
                + ";WRITE_DELAY=0"
                // H2 keeps superseded chunks 45 s by default in case the OS has not flushed newer
                // ones yet. Every write here is forced (SyncedFilePath), so 1 s is enough, and it
                // keeps the file small under a steady stream of commits (45 s of them otherwise).
                + ";RETENTION_TIME=1000"
                // The engine holds execution row locks for a transition; wait for them, do not fail.
                + ";LOCK_TIMEOUT=30000"
                // The server closes the store on shutdown, after draining; H2's own hook would be too early.
                + ";DB_CLOSE_ON_EXIT=FALSE";
    }
}
