package io.bora.engine.cron;

import io.bora.engine.model.CronTrigger;
import io.bora.engine.port.CronTriggerRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cron triggers in a map, for the fake-clock tests. */
final class InMemoryCronTriggers implements CronTriggerRepository {
    private final Map<String, CronTrigger> rows = new LinkedHashMap<>();

    @Override
    public synchronized void insert(CronTrigger t) {
        if (findByName(t.name()).isPresent()) throw new DuplicateException("taken: " + t.name());
        rows.put(t.id(), t);
    }

    @Override
    public synchronized boolean update(CronTrigger t) {
        return rows.replace(t.id(), t) != null;
    }

    @Override
    public synchronized Optional<CronTrigger> findById(String id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<CronTrigger> findByName(String name) {
        return rows.values().stream().filter(t -> t.name().equals(name)).findFirst();
    }

    @Override
    public synchronized Optional<CronTrigger> lockById(String id) {
        return findById(id);
    }

    @Override
    public synchronized List<CronTrigger> list(ListQuery query) {
        return new ArrayList<>(rows.values());
    }

    @Override
    public synchronized boolean delete(String id) {
        return rows.remove(id) != null;
    }

    @Override
    public synchronized List<CronTrigger> findByWorkflowId(String workflowId) {
        return rows.values().stream().filter(t -> t.workflowId().equals(workflowId)).toList();
    }
}
