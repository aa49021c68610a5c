package io.bora.it.cluster;

import io.bora.it.Api;
import io.bora.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The single-node counterpart of {@link ClusterChaosTest}, on the embedded H2 database: the
 * node is killed with SIGKILL while clients keep starting executions, then restarted on the
 * same data. Unlike {@code io.bora.it.CrashRecoveryTest} (a safe-rerun chain), the actions here
 * are not rerunnable and the workflow has with-items, retries, timers and a sub-workflow: every
 * acknowledged start survives, everything finishes, and the same ledger finds nothing run twice.
 * Size: {@code -Dbora.chaos.embeddedExecutions} (default 150).
 */
class EmbeddedChaosTest {
    private static final int EXECUTIONS = Integer.getInteger("bora.chaos.embeddedExecutions", 150);
    private static final Duration WITHIN = Duration.ofSeconds(120);

    @Test
    void aKilledEmbeddedNodeLosesNothingAndRunsNothingTwice(@TempDir Path data) throws Exception {
        long began = System.nanoTime();
        try (CallCounter counter = new CallCounter();
             ClusterNode node = new ClusterNode("embedded-chaos", List.of("--data", data.toString()))) {
            ChaosLoad load;
            try {
                node.start();
                Api api = new Api(node.url());
                api.createWorkflows(ChaosWorkflow.YAML);
                load = new ChaosLoad(List.of(node), counter, EXECUTIONS, 6).start();
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(50))
                        .until(() -> load.acknowledgedCount() >= EXECUTIONS * 2 / 5);
                node.kill();
                node.start();
                load.awaitDone(WITHIN);
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> nothingRunning(api));
            } catch (Throwable t) {
                System.out.println("--- " + node.name() + " ---\n" + node.tail());
                throw t;
            }
            node.close(); // a graceful stop releases the database file for the ledger

            ChaosLedger.Verdict verdict;
            try (JdbcStore store = JdbcStore.openEmbedded(data); Connection c = store.dataSource().getConnection()) {
                verdict = new ChaosLedger(c).check(load.acknowledgedIds(), counter);
            }
            System.out.printf("embedded chaos: %s, starts refused or cut off %d; %.1f s%n", verdict.counts(),
                    load.uncertainCount(), (System.nanoTime() - began) / 1e9);
            assertThat(verdict.violations().stream().limit(20).toList())
                    .as("broken rules (first 20 of %d)", verdict.violations().size()).isEmpty();
            assertThat(verdict.counts().get("SUCCESS")).as("most executions succeed").isGreaterThan(EXECUTIONS / 2);
        }
    }

    /** No execution (sub-workflows included) is RUNNING any more. */
    private static boolean nothingRunning(Api api) throws Exception {
        Api.Response r = api.send("GET", "/executions?state=RUNNING&limit=1", null, null);
        return r.status() == 200 && r.body().get("executions").isEmpty();
    }
}
