package io.bora.store;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static io.bora.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening and re-opening databases: the embedded file, errors, concurrent migrations. */
class EmbeddedStoreTest {

    @Test
    void committedDataIsThereAfterReopening(@TempDir Path dir) {
        WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            store.executions().insertWorkflow(ex);
        }
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            assertThat(store.executions().findWorkflow(ex.id())).contains(ex);
            assertThat(store.isReachable()).isTrue();
            assertThat(store.dialectName()).isEqualTo("H2");
        }
        assertThat(dir.resolve("bora.mv.db")).exists();
    }

    @Test
    void housekeepingRewritesHalfEmptyChunksAndKeepsTheData(@TempDir Path dir) throws Exception {
        // Opened without the store's own timer, so that only this test compacts.
        try (JdbcStore store = JdbcStore.open(EmbeddedH2.url(dir), "sa", "");
             H2Housekeeping housekeeping = new H2Housekeeping(store.dataSource(), 3_600_000)) {
            WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
            store.executions().insertWorkflow(ex);
            java.util.List<TaskExecution> tasks = new java.util.ArrayList<>();
            for (int commit = 0; commit < 10; commit++) {
                // Random ids spread each commit's index pages over the tree: old chunks stay partly live.
                java.util.List<TaskExecution> batch = new java.util.ArrayList<>();
                for (int i = 0; i < 10; i++) batch.add(Fixtures.task(ex, "t" + commit + "_" + i, State.RUNNING, T0));
                store.transactions().run(() -> batch.forEach(store.executions()::insertTask));
                tasks.addAll(batch);
                store.executions().updateWorkflow(ex.withContext(java.util.Map.of("commit", (long) commit), T0));
            }
            // Superseded pages are kept for the retention time (1 s) before a chunk can be rewritten:
            // await that with a deadline instead of assuming the machine is slow enough.
            boolean rewrote = false;
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
            while (!rewrote && System.nanoTime() < deadline) {
                rewrote = housekeeping.compactOnce();
                if (!rewrote) Thread.sleep(100);
            }
            assertThat(rewrote).as("some chunk was rewritten").isTrue();
            assertThat(store.executions().findTasksByWorkflow(ex.id())).hasSize(tasks.size());
            assertThat(store.executions().findWorkflow(ex.id()).orElseThrow().context()).containsEntry("commit", 9L);
        }
    }

    @Test
    void interruptedWritersDoNotBreakTheDatabase(@TempDir Path dir) throws Exception {
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            // Virtual threads get interrupted (cancelled actions, shutdown); an interrupt during
            // file I/O closes an NIO channel, which must not take the database down with it.
            for (int i = 0; i < 40; i++) {
                WorkflowExecution ex = Fixtures.execution("wf", State.RUNNING, T0);
                Thread writer = Thread.ofVirtual().start(() -> {
                    Thread.currentThread().interrupt();
                    try {
                        store.transactions().run(() -> store.executions().insertWorkflow(ex));
                    } catch (RuntimeException ignored) {
                        // Failing this one write is acceptable; breaking the store is not.
                    }
                });
                writer.join(30_000);
            }
            WorkflowExecution after = Fixtures.execution("after", State.RUNNING, T0);
            store.executions().insertWorkflow(after);
            assertThat(store.executions().findWorkflow(after.id())).contains(after);
        }
        try (JdbcStore reopened = JdbcStore.openEmbedded(dir)) {
            assertThat(reopened.executions().listWorkflows(io.bora.engine.port.ListQuery.all())).isNotEmpty();
        }
    }

    @Test
    void aSecondProcessOnTheSameFilesIsRefusedWithAClearError(@TempDir Path dir) throws Exception {
        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            store.executions().insertWorkflow(Fixtures.execution("wf", State.RUNNING, T0));
            Result other = runChild(dir);
            assertThat(other.exitCode()).as(other.output()).isEqualTo(3);
            assertThat(other.output()).startsWith("REFUSED Cannot open database jdbc:h2:")
                    .contains("in use by another process");
            assertThat(other.output().strip().lines().count()).isEqualTo(1);
            // The first process is unharmed.
            assertThat(store.executions().findRunningWorkflowIds()).hasSize(1);
        }
    }

    @Test
    void everyAcknowledgedCommitSurvivesAKill(@TempDir Path dir) throws Exception {
        Process child = javaProcess(CommitLoopMain.class, dir);
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged < 10 && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) acknowledged = Integer.parseInt(line.substring(10).trim());
            }
            child.destroyForcibly();   // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(acknowledged).as("the child committed before it was killed").isGreaterThanOrEqualTo(10);

        try (JdbcStore store = JdbcStore.openEmbedded(dir)) {
            for (int i = 0; i <= acknowledged; i++) {
                assertThat(store.executions().findWorkflow("ex-" + i)).as("ex-" + i).isPresent();
            }
        }
    }

    @Test
    void anUnreachableDatabaseGivesAOneLineError() {
        assertThatThrownBy(() -> JdbcStore.open("jdbc:postgresql://127.0.0.1:1/bora", "u", "secret"))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageStartingWith("Cannot open database jdbc:postgresql://127.0.0.1:1/bora: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> JdbcStore.open("jdbc:mysql://localhost/x", "u", "p"))
                .isInstanceOf(StoreOpenException.class)
                .hasMessageContaining("Unsupported database URL");
    }

    @Test
    void nodesStartingTogetherMigrateOnce() throws Exception {
        String url = Databases.freshPostgresSchema();
        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            var starts = java.util.stream.IntStream.range(0, 3)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> JdbcStore.open(url, null, null, 2), threads))
                    .toList();
            for (var start : starts) {
                try (JdbcStore store = start.get(60, TimeUnit.SECONDS)) {
                    assertThat(store.executions().findRunningWorkflowIds()).isEmpty();
                    try (var c = store.dataSource().getConnection(); var s = c.createStatement();
                         var rs = s.executeQuery("SELECT COUNT(*), COUNT(DISTINCT version) FROM flyway_schema_history"
                                 + " WHERE success AND version IS NOT NULL")) {
                        rs.next();
                        assertThat(rs.getInt(1)).as("every migration applied once").isPositive().isEqualTo(rs.getInt(2));
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Process javaProcess(Class<?> main, Path dir) throws IOException {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"), main.getName(), dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Result runChild(Path dir) throws IOException, InterruptedException {
        Process p = javaProcess(OpenEmbeddedMain.class, dir);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish");
        }
        return new Result(p.exitValue(), out.strip());
    }
}
