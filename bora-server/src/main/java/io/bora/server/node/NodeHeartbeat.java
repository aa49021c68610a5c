package io.bora.server.node;

import io.bora.engine.port.Clock;
import io.bora.engine.runtime.EngineConfig;
import io.bora.store.cluster.NodeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Keeps this node's row in the {@code nodes} table fresh (once per heartbeat period) and removes
 * it on a graceful stop. A failed heartbeat is only logged: membership is informational, the
 * job leases are what hand work over.
 */
final class NodeHeartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(NodeHeartbeat.class);

    private final NodeRegistry nodes;
    private final String name;
    private final List<String> roles;
    private final Instant startedAt;
    private final Duration period;
    private final Clock clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread thread;

    private NodeHeartbeat(NodeRegistry nodes, String name, EngineConfig config, Clock clock) {
        this.nodes = nodes;
        this.name = name;
        this.roles = config.roles().stream().map(r -> r.name().toLowerCase(Locale.ROOT)).toList();
        this.startedAt = clock.now();
        this.period = config.heartbeat();
        this.clock = clock;
        this.thread = Thread.ofPlatform().name("bora-node-heartbeat").daemon().unstarted(this::run);
    }

    /** Registers the node at once (so it is listed as soon as it serves), then keeps it fresh. */
    static NodeHeartbeat start(NodeRegistry nodes, EngineConfig config, Clock clock) {
        NodeHeartbeat heartbeat = new NodeHeartbeat(nodes, config.nodeName(), config, clock);
        heartbeat.beat();
        heartbeat.thread.start();
        return heartbeat;
    }

    private void run() {
        try {
            while (!stopped.await(period.toMillis(), TimeUnit.MILLISECONDS)) beat();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void beat() {
        try {
            nodes.heartbeat(name, roles, startedAt, clock.now());
        } catch (RuntimeException e) {
            log.warn("node heartbeat failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        try {
            thread.join(5_000);
            nodes.leave(name);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("could not remove node {} from the node list: {}", name, e.getMessage());
        }
    }
}
