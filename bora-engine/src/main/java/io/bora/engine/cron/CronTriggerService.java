package io.bora.engine.cron;

import io.bora.engine.api.BoraException;
import io.bora.engine.api.ExecutionService;
import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.Job;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.port.Clock;
import io.bora.engine.port.CronTriggerRepository;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.JobQueue;
import io.bora.engine.model.JobKind;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Cron triggers (spec rest-api.md §9): made with Mistral's rules and messages, stored with the
 * one CRON job that stands for their next firing, deleted together with it. {@link #fire} is
 * what the engine loop calls for a claimed CRON job.
 */
public final class CronTriggerService {
    static final String DEFAULT_PROJECT = "<default-project>";
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final CronTriggerRepository triggers;
    private final JobQueue jobs;
    private final Transactions tx;
    private final Clock clock;
    private final WorkflowInputs workflows;
    private final CronFiring firing;

    public CronTriggerService(CronTriggerRepository triggers, DefinitionRepository definitions, JobQueue jobs,
                              Transactions tx, ExecutionService executions, Clock clock) {
        this.triggers = triggers;
        this.jobs = jobs;
        this.tx = tx;
        this.clock = clock;
        this.workflows = new WorkflowInputs(definitions);
        this.firing = new CronFiring(triggers, jobs, tx, executions, clock);
    }

    public CronTrigger create(CronTriggerRequest r) {
        if (r.name() == null || r.name().isBlank()) {
            throw BoraException.badRequest("Name of the cron trigger is not provided.");
        }
        String scope = Scopes.checked(r.scope());
        Integer count = r.remainingExecutions();
        if (count != null && count < 1) {
            throw BoraException.badRequest("Invalid input for field/attribute remaining_executions. Value: '" + count
                    + "'. Value should be greater or equal to 1");
        }
        FirstExecutionTime first = r.firstExecutionTime() == null ? null : FirstExecutionTime.parse(r.firstExecutionTime());
        String patternText = r.pattern() == null || r.pattern().isBlank() ? null : r.pattern();
        if (patternText == null && first == null) {
            throw BoraException.badRequest("Pattern or first_execution_time must be specified.");
        }
        Instant now = clock.now();
        if (first != null) first.checkAhead(now);
        if (patternText == null && count != null && count > 1) {
            throw BoraException.badRequest("Pattern must be provided if count is superior to 1.");
        }
        CronPattern pattern = patternText == null ? null : CronPattern.parse(patternText);
        WorkflowDefinition wf = workflows.resolve(r.workflowId(), r.workflowName(), r.workflowNamespace());
        Map<String, Object> input = r.workflowInput() == null ? new LinkedHashMap<>() : r.workflowInput();
        workflows.check(wf, input);
        Instant next;
        if (first != null) {
            next = first.time();
        } else {
            next = pattern.nextAfter(now).orElseThrow(() ->
                    BoraException.badRequest("The specified pattern is not valid: " + patternText));
        }
        if (pattern == null) count = 1;
        CronTrigger trigger = new CronTrigger(UUID.randomUUID().toString(), r.name(),
                pattern == null ? CronPattern.NEVER : patternText, wf.name(), wf.id(), input,
                r.workflowParams() == null ? new LinkedHashMap<>() : r.workflowParams(),
                first == null ? null : first.time(), next, count, scope,
                DEFAULT_PROJECT, now, null);
        return tx.inTransaction(() -> {
            if (triggers.findByName(trigger.name()).isPresent()) throw duplicate(trigger.name());
            try {
                triggers.insert(trigger);
            } catch (DuplicateException raced) {
                throw duplicate(trigger.name());
            }
            jobs.enqueue(CronJobs.next(trigger, now));
            return trigger;
        });
    }

    /**
     * The v1 API's periodic events: a trigger of the workflow named {@code workflowName}
     * (default namespace), firing by {@code pattern} without end.
     */
    public CronTrigger createForWorkflow(String name, String pattern, String workflowName, Map<String, Object> input) {
        return create(new CronTriggerRequest(name, pattern, workflowName, null, null, input, null, null, null, null));
    }

    /** By id (a uuid) or else by name; 404 {@code Cron trigger not found [identifier=...]}. */
    public CronTrigger get(String identifier) {
        return find(identifier).orElseThrow(() -> notFound(identifier));
    }

    public List<CronTrigger> list(ListQuery query) {
        return triggers.list(query);
    }

    /** Removes the trigger and its pending job in one transaction: a deleted trigger never fires. */
    public void delete(String identifier) {
        tx.run(() -> {
            CronTrigger t = find(identifier).orElseThrow(() -> notFound(identifier));
            triggers.delete(t.id());
            jobs.cancel(null, JobKind.CRON, CronJobs.TRIGGER_ID, t.id());
        });
    }

    /** Triggers that would start this workflow (a workflow with triggers cannot be deleted). */
    public List<CronTrigger> forWorkflow(String workflowId) {
        return triggers.findByWorkflowId(workflowId);
    }

    /** The engine loop's handler for a claimed CRON job; true when an execution was started. */
    public boolean fire(Job job) {
        return firing.fire(job);
    }

    private Optional<CronTrigger> find(String identifier) {
        if (UUID_TEXT.matcher(identifier).matches()) {
            Optional<CronTrigger> byId = triggers.findById(identifier.toLowerCase());
            if (byId.isPresent()) return byId;
        }
        return triggers.findByName(identifier);
    }

    private static BoraException notFound(String identifier) {
        return BoraException.notFound("Cron trigger not found [identifier=" + identifier + "]");
    }

    private static DuplicateException duplicate(String name) {
        return new DuplicateException("Duplicate entry for cron trigger ['name', 'project_id']: " + name + ", None");
    }
}
