package io.bora.engine.port;

import io.bora.engine.model.EventTrigger;

import java.util.List;
import java.util.Optional;

/** Event triggers (CRUD only: Bora has no message bus to fire them from). */
public interface EventTriggerRepository {
    void insert(EventTrigger trigger);

    boolean update(EventTrigger trigger);

    Optional<EventTrigger> findById(String id);

    List<EventTrigger> list(ListQuery query);

    boolean delete(String id);

    List<EventTrigger> findByWorkflowId(String workflowId);
}
