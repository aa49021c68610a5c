package io.bora.engine.port;

import io.bora.engine.model.CronTrigger;

import java.util.List;
import java.util.Optional;

/**
 * Cron triggers. Names are unique per project: an insert that breaks this throws
 * {@link DuplicateException}. List queries take the REST field names of spec §9.
 */
public interface CronTriggerRepository {
    void insert(CronTrigger trigger);

    /** Replaces the row with the trigger's id; false when there is none. */
    boolean update(CronTrigger trigger);

    Optional<CronTrigger> findById(String id);

    Optional<CronTrigger> findByName(String name);

    /**
     * The row, locked until the calling transaction ends (SELECT ... FOR UPDATE): firings of one
     * trigger on several nodes are serialised by it. Must be called inside a transaction.
     */
    Optional<CronTrigger> lockById(String id);

    List<CronTrigger> list(ListQuery query);

    boolean delete(String id);

    List<CronTrigger> findByWorkflowId(String workflowId);
}
