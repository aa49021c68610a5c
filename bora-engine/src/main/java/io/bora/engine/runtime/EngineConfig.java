package io.bora.engine.runtime;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * How this node takes part in the cluster.
 *
 * @param nodeName          this node's name, on claims and in logs
 * @param roles             which job loops run here (the API role is the server's business)
 * @param executorTargets   RUN_ACTION jobs with a {@code target:} are claimed only by executors
 *                          started with that target; untargeted ones by any executor
 * @param actionConcurrency how many actions this node runs at once
 * @param lease             how long a claimed job stays with this node without a heartbeat
 * @param callbackBaseUrl   this node's API root (for std.mistral_http callbacks), may be null
 */
public record EngineConfig(String nodeName, Set<Role> roles, Set<String> executorTargets, int actionConcurrency,
                           Duration lease, String callbackBaseUrl) {

    /** The parts a node can play; a single node plays all of them. */
    public enum Role { API, ENGINE, EXECUTOR, SCHEDULER }

    public EngineConfig {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        executorTargets = Set.copyOf(executorTargets);
    }

    /** A node with every role. */
    public EngineConfig(String nodeName, int actionConcurrency, Duration lease, String callbackBaseUrl) {
        this(nodeName, EnumSet.allOf(Role.class), Set.of(), actionConcurrency, lease, callbackBaseUrl);
    }

    public static EngineConfig defaults(String nodeName) {
        return new EngineConfig(nodeName, EnumSet.allOf(Role.class), Set.of(), 64, Duration.ofSeconds(60), null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Running jobs renew their lease three times per lease period. */
    public Duration heartbeat() {
        return lease.dividedBy(3);
    }
}
