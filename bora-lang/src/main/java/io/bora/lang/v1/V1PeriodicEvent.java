package io.bora.lang.v1;

import java.util.List;

/**
 * A v1 {@code events:}/{@code triggers:} entry of type periodic, kept so that a cron trigger can be
 * created from it: each task in {@code tasks} is started on {@code cronPattern}.
 */
public record V1PeriodicEvent(String name, List<String> tasks, String cronPattern) {
    public V1PeriodicEvent {
        tasks = List.copyOf(tasks);
    }
}
