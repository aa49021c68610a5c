package io.bora.it.cluster;

import java.util.List;

/**
 * The mixed workflow of the chaos tests. Every action is an HTTP call to the {@link CallCounter}
 * with a key made of the execution's own key and the call's place, and none allows safe-rerun:
 * the counter can then tell whether anything ran twice.
 * <ul>
 *   <li>{@code fan_out}: with-items over three items, one call each ({@code <key>-item-<i>})</li>
 *   <li>{@code flaky_call}: fails the first time, retried after a 1 s delay ({@code <key>-flaky})</li>
 *   <li>{@code delayed_call}: behind a 1 s wait-before timer ({@code <key>-wait})</li>
 *   <li>{@code sub}: a sub-workflow making one call ({@code <key>-sub})</li>
 * </ul>
 */
final class ChaosWorkflow {
    static final String MAIN = "chaos_main";
    static final String SUB = "chaos_sub";
    static final int ITEMS = 3;
    /** Retry count 2: up to three attempts of the flaky call. */
    static final int MAX_FLAKY_ATTEMPTS = 3;
    static final List<String> MAIN_TASKS = List.of("fan_out", "flaky_call", "delayed_call", "sub");

    static final String YAML = """
            version: '2.0'
            chaos_main:
              input: [key, base]
              tasks:
                fan_out:
                  with-items: i in <% [1, 2, 3] %>
                  action: std.http
                  input:
                    url: <% $.base %>/count/<% $.key %>-item-<% $.i %>
                  on-success: flaky_call
                flaky_call:
                  action: std.http
                  input:
                    url: <% $.base %>/flaky/<% $.key %>-flaky
                  retry:
                    count: 2
                    delay: 1
                  on-success: delayed_call
                delayed_call:
                  wait-before: 1
                  action: std.http
                  input:
                    url: <% $.base %>/count/<% $.key %>-wait
                  on-success: sub
                sub:
                  workflow: chaos_sub
                  input:
                    key: <% $.key %>
                    base: <% $.base %>
            chaos_sub:
              input: [key, base]
              tasks:
                call:
                  action: std.http
                  input:
                    url: <% $.base %>/count/<% $.key %>-sub
            """;

    /** The keys one execution calls exactly once when it succeeds (the flaky key aside). */
    static List<String> onceKeys(String key) {
        return List.of(key + "-item-1", key + "-item-2", key + "-item-3", key + "-wait", key + "-sub");
    }

    static String flakyKey(String key) {
        return key + "-flaky";
    }

    private ChaosWorkflow() {
    }
}
