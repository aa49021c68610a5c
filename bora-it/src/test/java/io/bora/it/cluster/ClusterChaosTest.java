package io.bora.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.it.Api;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's chaos test: three node JVMs on one PostgreSQL database run many executions of the
 * {@link ChaosWorkflow}, started by clients round-robin over the nodes while a random node is
 * killed with SIGKILL, twice, and restarted. Every execution must finish, and the
 * {@link ChaosLedger} must find nothing lost, nothing run twice, no timer fired twice and no
 * failure without a reason. Size: {@code -Dbora.chaos.executions} (default 500).
 */
class ClusterChaosTest {
    private static final int EXECUTIONS = Integer.getInteger("bora.chaos.executions", 500);
    private static final Duration WITHIN = Duration.ofSeconds(Long.getLong("bora.chaos.finishSeconds", 150));

    @Test
    void threeNodesLoseNothingAndRunNothingTwiceWhileNodesAreKilled() throws Exception {
        long seed = Long.getLong("bora.chaos.seed", System.nanoTime());
        Random random = new Random(seed);
        long began = System.nanoTime();
        try (ChaosDatabase db = ChaosDatabase.create(); CallCounter counter = new CallCounter()) {
            List<ClusterNode> nodes = new ArrayList<>();
            for (int i = 1; i <= 3; i++) nodes.add(new ClusterNode("chaos-" + i, List.of("--db-url", db.url())));
            try {
                startTogether(nodes);
                double nodesUp = seconds(began);
                assertThat(serviceNames(nodes.getFirst())).as("every node is listed in /v2/services")
                        .contains("chaos-1", "chaos-2", "chaos-3");
                new Api(nodes.getFirst().url()).createWorkflows(ChaosWorkflow.YAML);

                ChaosLoad load = new ChaosLoad(nodes, counter, EXECUTIONS, 8).start();
                List<String> kills = new ArrayList<>();
                for (double progress : new double[]{0.2, 0.6}) {
                    int target = (int) (EXECUTIONS * progress);
                    await().atMost(WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> load.acknowledgedCount() >= target);
                    ClusterNode victim = nodes.get(random.nextInt(nodes.size()));
                    victim.kill();
                    kills.add(victim.name() + " at " + load.acknowledgedCount() + " started/" + finished(db) + " finished");
                    victim.start();
                }
                load.awaitDone(WITHIN);
                double allStarted = seconds(began);
                await().atMost(WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> unfinished(db) == 0);
                double allFinished = seconds(began);
                for (ClusterNode n : nodes) n.close();

                ChaosLedger.Verdict verdict;
                try (Connection c = db.connect()) {
                    verdict = new ChaosLedger(c).check(load.acknowledgedIds(), counter);
                }
                System.out.printf("cluster chaos (seed %d): %s, starts refused or cut off %d; kills: %s; nodes up at"
                                + " %.1f s, all started at %.1f s, all finished at %.1f s, checked at %.1f s%n", seed,
                        verdict.counts(), load.uncertainCount(), kills, nodesUp, allStarted, allFinished, seconds(began));
                assertThat(verdict.violations().stream().limit(20).toList())
                        .as("broken rules (first 20 of %d)", verdict.violations().size()).isEmpty();
                assertThat(verdict.counts().get("SUCCESS")).as("most executions succeed").isGreaterThan(EXECUTIONS / 2);
            } catch (Throwable t) {
                for (ClusterNode n : nodes) System.out.println("--- " + n.name() + " ---\n" + n.tail());
                throw t;
            } finally {
                for (ClusterNode n : nodes) n.close();
            }
        }
    }

    /** All three at once: the schema migration must be applied exactly once among them. */
    private static void startTogether(List<ClusterNode> nodes) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(nodes.size())) {
            List<Future<ClusterNode>> starting = new ArrayList<>();
            for (ClusterNode n : nodes) starting.add(pool.submit(n::start));
            for (Future<ClusterNode> f : starting) f.get();
        }
    }

    private static List<String> serviceNames(ClusterNode node) throws Exception {
        Api.Response r = new Api(node.url()).send("GET", "/services", null, null);
        List<String> names = new ArrayList<>();
        for (JsonNode s : r.body().get("services")) names.add(s.get("name").asText());
        return names;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int finished(ChaosDatabase db) throws Exception {
        return count(db, "task_execution_id IS NULL AND state IN ('SUCCESS', 'ERROR')");
    }

    /** Executions (sub-workflows included) not finished yet. */
    private static int unfinished(ChaosDatabase db) throws Exception {
        return count(db, "state NOT IN ('SUCCESS', 'ERROR')");
    }

    private static int count(ChaosDatabase db, String where) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM workflow_executions WHERE " + where)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
