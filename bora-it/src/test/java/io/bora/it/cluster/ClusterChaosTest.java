package io.bora.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.it.Api;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 8's chaos test: three node JVMs on one PostgreSQL database run many executions of the
 * {@link ChaosWorkflow} while a random node is killed with SIGKILL, twice, and restarted. Every
 * execution must finish, and the {@link ChaosLedger} must find nothing run twice, no timer fired
 * twice, no failure without a reason. The size is {@code -Dbora.chaos.executions} (default 500).
 */
class ClusterChaosTest {
    private static final int EXECUTIONS = Integer.getInteger("bora.chaos.executions", 500);
    private static final Duration FINISH_WITHIN = Duration.ofSeconds(Long.getLong("bora.chaos.finishSeconds", 150));

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

                List<ChaosLedger.Started> started = startExecutions(nodes, counter);
                double allStarted = seconds(began);
                List<String> kills = new ArrayList<>();
                for (double progress : new double[]{0.15, 0.5}) {
                    int target = (int) (EXECUTIONS * progress);
                    await().atMost(FINISH_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> finished(db) >= target);
                    ClusterNode victim = nodes.get(random.nextInt(nodes.size()));
                    victim.kill();
                    kills.add(victim.name() + " at " + finished(db) + " finished");
                    victim.start();
                }
                await().atMost(FINISH_WITHIN).pollInterval(Duration.ofMillis(250)).until(() -> finished(db) == EXECUTIONS);
                double allFinished = seconds(began);
                for (ClusterNode n : nodes) n.close();

                ChaosLedger.Verdict verdict;
                try (Connection c = db.connect()) {
                    verdict = new ChaosLedger(c).check(started, counter);
                }
                System.out.printf("cluster chaos (seed %d): %s; kills: %s; nodes up at %.1f s, executions started at %.1f s,"
                        + " all finished at %.1f s, checked at %.1f s%n", seed, verdict.counts(), kills, nodesUp, allStarted,
                        allFinished, seconds(began));
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

    /** Round-robin over the nodes' APIs from a few client threads. */
    private static List<ChaosLedger.Started> startExecutions(List<ClusterNode> nodes, CallCounter counter) throws Exception {
        List<ChaosLedger.Started> started = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < EXECUTIONS; i++) {
                String key = "k" + i;
                Api api = new Api(nodes.get(i % nodes.size()).url());
                calls.add(clients.submit(() -> {
                    JsonNode ex = api.startExecution(ChaosWorkflow.MAIN, Map.of("key", key, "base", counter.url()));
                    started.add(new ChaosLedger.Started(ex.get("id").asText(), key));
                    return null;
                }));
            }
            for (Future<?> f : calls) f.get();
        }
        return started;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int finished(ChaosDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM workflow_executions"
                     + " WHERE task_execution_id IS NULL AND state IN ('SUCCESS', 'ERROR')")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
