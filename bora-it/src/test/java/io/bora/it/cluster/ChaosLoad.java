package io.bora.it.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import io.bora.it.Api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clients starting executions of the {@link ChaosWorkflow} round-robin over the nodes' APIs
 * until {@code target} starts were acknowledged (201), so that nodes die under load. A start
 * whose node is down or dies mid-request is not retried under the same key (it may or may not
 * have been committed): it is counted as uncertain and the next start takes a new key. The
 * ledger checks every execution in the database, acknowledged or not.
 */
final class ChaosLoad {
    private final List<ClusterNode> nodes;
    private final CallCounter counter;
    private final int target;
    private final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger uncertain = new AtomicInteger();
    private final ExecutorService clients;
    private final int clientCount;

    ChaosLoad(List<ClusterNode> nodes, CallCounter counter, int target, int clientCount) {
        this.nodes = nodes;
        this.counter = counter;
        this.target = target;
        this.clientCount = clientCount;
        this.clients = Executors.newFixedThreadPool(clientCount);
    }

    ChaosLoad start() {
        for (int c = 0; c < clientCount; c++) clients.submit(this::client);
        clients.shutdown();
        return this;
    }

    private void client() {
        while (acknowledged.size() < target) {
            int i = next.getAndIncrement();
            ClusterNode node = nodes.get(i % nodes.size());
            if (!node.alive()) {
                pause();
                continue; // a dead node takes no requests: its turn (and key) is skipped
            }
            try {
                JsonNode ex = new Api(node.url()).startExecution(ChaosWorkflow.MAIN, Map.of("key", "k" + i, "base", counter.url()));
                acknowledged.add(ex.get("id").asText());
            } catch (Exception e) {
                uncertain.incrementAndGet();
                pause();
            }
        }
    }

    /** A client facing a node that is down or restarting backs off briefly instead of spinning. */
    private static void pause() {
        java.util.concurrent.locks.LockSupport.parkNanos(50_000_000);
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    int uncertainCount() {
        return uncertain.get();
    }

    List<String> acknowledgedIds() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    void awaitDone(Duration max) throws InterruptedException {
        if (!clients.awaitTermination(max.toMillis(), TimeUnit.MILLISECONDS)) {
            clients.shutdownNow();
            throw new AssertionError("the clients did not get " + target + " starts acknowledged within " + max
                    + " (" + acknowledged.size() + " so far)");
        }
    }
}
