package io.bora.store;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/**
 * An H2 file system ({@code borasync:/path}) whose writes reach the disk before they return.
 * H2 with WRITE_DELAY=0 writes each commit to the file at once but never forces it, so a power
 * failure could lose acknowledged commits; forcing after each write closes that gap. A commit
 * is one chunk write (sometimes plus a header write), so this costs about one fsync per commit.
 */
public final class SyncedFilePath extends FilePathWrapper {

    static final String SCHEME = "borasync";

    private static volatile boolean registered;

    static void register() {
        if (registered) return;
        synchronized (SyncedFilePath.class) {
            if (!registered) {
                FilePath.register(new SyncedFilePath());
                registered = true;
            }
        }
    }

    /** H2 creates instances reflectively when it wraps paths. */
    public SyncedFilePath() {
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        FileChannel channel = getBase().open(mode);
        return mode.contains("w") ? new SyncedChannel(channel) : channel;
    }

    /** Delegates everything and forces after every write. */
    private static final class SyncedChannel extends FileBase {

        private final FileChannel base;

        SyncedChannel(FileChannel base) {
            this.base = base;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public synchronized int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int n = base.write(src);
            base.force(false);
            return n;
        }

        @Override
        public synchronized int write(ByteBuffer src, long position) throws IOException {
            int n = base.write(src, position);
            base.force(false);
            return n;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
