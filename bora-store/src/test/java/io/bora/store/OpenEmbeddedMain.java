package io.bora.store;

import java.nio.file.Path;

/** Run in a child JVM by {@link EmbeddedStoreTest}: tries to open a data directory, reports how it went. */
public final class OpenEmbeddedMain {

    private OpenEmbeddedMain() {
    }

    public static void main(String[] args) {
        try (JdbcStore store = JdbcStore.openEmbedded(Path.of(args[0]))) {
            System.out.println("OPENED " + store.dialectName());
        } catch (StoreOpenException e) {
            System.out.println("REFUSED " + e.getMessage());
            System.exit(3);
        }
    }
}
