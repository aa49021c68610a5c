package io.bora.engine.runtime;

import java.time.Duration;

/**
 * @param nodeName          this node's name, on claims and action executions
 * @param actionConcurrency how many actions this node runs at once
 * @param lease             how long a claimed job stays with this node before others may take it
 * @param callbackBaseUrl   this node's API root (for std.mistral_http callbacks), may be null
 */
public record EngineConfig(String nodeName, int actionConcurrency, Duration lease, String callbackBaseUrl) {
    public static EngineConfig defaults(String nodeName) {
        return new EngineConfig(nodeName, 64, Duration.ofMinutes(5), null);
    }
}
