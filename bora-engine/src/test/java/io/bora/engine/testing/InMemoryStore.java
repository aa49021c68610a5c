package io.bora.engine.testing;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.Environment;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.model.Workbook;
import io.bora.engine.port.CompletionHooks;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.JobQueue;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.Transactions;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The engine's ports in memory, for engine tests without a database. One lock serialises
 * "transactions"; there is no rollback (tests do not rely on it). List queries honour only
 * equality filters.
 */
public final class InMemoryStore implements Transactions, ExecutionRepository, JobQueue {
    public final Definitions definitions = new Definitions();

    private final Map<String, WorkflowExecution> wfExecutions = new LinkedHashMap<>();
    private final Map<String, TaskExecution> tasks = new LinkedHashMap<>();
    private final Map<String, ActionExecution> actionExecutions = new LinkedHashMap<>();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final Map<String, String> claims = new LinkedHashMap<>();

    /** The completion callbacks of the calling thread's outermost "transaction". */
    private final ThreadLocal<CompletionHooks> hooks = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (hooks.get() != null) return work.get();
        CompletionHooks completion = new CompletionHooks();
        T result;
        hooks.set(completion);
        try {
            synchronized (this) {
                result = work.get();
            }
        } catch (RuntimeException e) {
            hooks.remove();
            completion.rolledBack();
            throw e;
        }
        hooks.remove();
        completion.committed();
        return result;
    }

    @Override
    public void afterCompletion(Runnable committed, Runnable rolledBack) {
        CompletionHooks current = hooks.get();
        if (current == null) throw new IllegalStateException("afterCompletion outside a transaction");
        current.add(committed, rolledBack);
    }

    /** Workbooks, workflows, ad-hoc actions and environments. */
    public static final class Definitions implements DefinitionRepository {
        private final Map<String, WorkflowDefinition> workflows = new LinkedHashMap<>();
        private final Map<String, Workbook> workbooks = new LinkedHashMap<>();
        private final Map<String, ActionDefinition> actions = new LinkedHashMap<>();
        private final Map<String, Environment> environments = new LinkedHashMap<>();


        @Override public synchronized void insertWorkflow(WorkflowDefinition wf) { workflows.put(wf.id(), wf); }
        @Override public synchronized void updateWorkflow(WorkflowDefinition wf) { workflows.put(wf.id(), wf); }
        @Override public synchronized Optional<WorkflowDefinition> findWorkflowById(String id) { return Optional.ofNullable(workflows.get(id)); }

        @Override
        public synchronized Optional<WorkflowDefinition> findWorkflow(String name, String namespace) {
            return workflows.values().stream().filter(w -> w.name().equals(name) && Objects.equals(w.namespace(), namespace)).findFirst();
        }

        @Override public synchronized List<WorkflowDefinition> listWorkflows(ListQuery q) { return new ArrayList<>(workflows.values()); }
        @Override public synchronized boolean deleteWorkflow(String id) { return workflows.remove(id) != null; }
        @Override public synchronized void insertWorkbook(Workbook wb) { workbooks.put(wb.id(), wb); }
        @Override public synchronized void updateWorkbook(Workbook wb) { workbooks.put(wb.id(), wb); }

        @Override
        public synchronized Optional<Workbook> findWorkbook(String name, String namespace) {
            return workbooks.values().stream().filter(w -> w.name().equals(name) && Objects.equals(w.namespace(), namespace)).findFirst();
        }

        @Override public synchronized List<Workbook> listWorkbooks(ListQuery q) { return new ArrayList<>(workbooks.values()); }
        @Override public synchronized boolean deleteWorkbook(String id) { return workbooks.remove(id) != null; }

        @Override
        public synchronized void deleteWorkbookContents(String workbookName, String namespace) {
            workflows.values().removeIf(w -> workbookName.equals(w.workbookName()));
            actions.values().removeIf(a -> workbookName.equals(a.workbookName()));
        }

        @Override public synchronized void insertAction(ActionDefinition a) { actions.put(a.id(), a); }
        @Override public synchronized void updateAction(ActionDefinition a) { actions.put(a.id(), a); }
        @Override public synchronized Optional<ActionDefinition> findActionById(String id) { return Optional.ofNullable(actions.get(id)); }

        @Override
        public synchronized Optional<ActionDefinition> findAction(String name, String namespace) {
            return actions.values().stream().filter(a -> a.name().equals(name) && Objects.equals(a.namespace(), namespace)).findFirst();
        }

        @Override public synchronized List<ActionDefinition> listActions(ListQuery q) { return new ArrayList<>(actions.values()); }
        @Override public synchronized boolean deleteAction(String id) { return actions.remove(id) != null; }
        @Override public synchronized void insertEnvironment(Environment e) { environments.put(e.id(), e); }
        @Override public synchronized void updateEnvironment(Environment e) { environments.put(e.id(), e); }

        @Override
        public synchronized Optional<Environment> findEnvironment(String name) {
            return environments.values().stream().filter(e -> e.name().equals(name)).findFirst();
        }

        @Override public synchronized List<Environment> listEnvironments(ListQuery q) { return new ArrayList<>(environments.values()); }
        @Override public synchronized boolean deleteEnvironment(String id) { return environments.remove(id) != null; }
    }

    // --- executions

    @Override public synchronized void insertWorkflow(WorkflowExecution ex) { wfExecutions.put(ex.id(), ex); }
    @Override public synchronized void updateWorkflow(WorkflowExecution ex) { wfExecutions.put(ex.id(), ex); }
    @Override public synchronized Optional<WorkflowExecution> findWorkflow(String id) { return Optional.ofNullable(wfExecutions.get(id)); }
    @Override public synchronized Optional<WorkflowExecution> lockWorkflow(String id) { return findWorkflow(id); }

    @Override
    public synchronized List<WorkflowExecution> listWorkflows(ListQuery q) {
        return wfExecutions.values().stream().filter(w -> {
            Map<String, String> fields = new java.util.HashMap<>(Map.of("id", w.id(), "state", w.state().name(),
                    "workflow_name", w.workflowName()));
            fields.put("root_execution_id", w.rootExecutionId());
            return matches(q, fields);
        }).toList();
    }

    @Override
    public synchronized List<WorkflowExecution> findWorkflowsByTask(String taskExecutionId) {
        return wfExecutions.values().stream().filter(w -> taskExecutionId.equals(w.taskExecutionId())).toList();
    }

    @Override
    public synchronized boolean deleteWorkflow(String id) {
        tasks.values().removeIf(t -> t.workflowExecutionId().equals(id));
        actionExecutions.values().removeIf(a -> id.equals(a.workflowExecutionId()));
        jobs.values().removeIf(j -> id.equals(j.executionId()));
        return wfExecutions.remove(id) != null;
    }

    @Override
    public synchronized List<String> findRunningWorkflowIds() {
        return wfExecutions.values().stream().filter(w -> w.state() == State.RUNNING).map(WorkflowExecution::id).toList();
    }

    @Override public synchronized void insertTask(TaskExecution t) { tasks.put(t.id(), t); }
    @Override public synchronized void updateTask(TaskExecution t) { tasks.put(t.id(), t); }
    @Override public synchronized Optional<TaskExecution> findTask(String id) { return Optional.ofNullable(tasks.get(id)); }

    @Override
    public synchronized List<TaskExecution> findTasksByWorkflow(String workflowExecutionId) {
        return tasks.values().stream().filter(t -> t.workflowExecutionId().equals(workflowExecutionId)).toList();
    }

    @Override
    public synchronized List<TaskExecution> listTasks(ListQuery q) {
        return tasks.values().stream().filter(t -> matches(q, Map.of("id", t.id(), "name", t.name(),
                "workflow_execution_id", t.workflowExecutionId(), "state", t.state().name()))).toList();
    }

    @Override public synchronized void insertAction(ActionExecution a) { actionExecutions.put(a.id(), a); }
    @Override public synchronized void updateAction(ActionExecution a) { actionExecutions.put(a.id(), a); }
    @Override public synchronized Optional<ActionExecution> findAction(String id) { return Optional.ofNullable(actionExecutions.get(id)); }

    @Override
    public synchronized List<ActionExecution> findActionsByTask(String taskExecutionId) {
        return actionExecutions.values().stream().filter(a -> taskExecutionId.equals(a.taskExecutionId()))
                .sorted(Comparator.comparing(ActionExecution::createdAt)).toList();
    }

    @Override public synchronized List<ActionExecution> listActions(ListQuery q) { return new ArrayList<>(actionExecutions.values()); }
    @Override public synchronized boolean deleteAction(String id) { return actionExecutions.remove(id) != null; }

    private static boolean matches(ListQuery q, Map<String, String> fields) {
        for (ListQuery.Filter f : q.filters()) {
            if (f.op() == ListQuery.Op.EQ && !Objects.equals(fields.get(f.field()), String.valueOf(f.value()))) return false;
        }
        return true;
    }

    // --- jobs

    @Override public synchronized void enqueue(Job job) { jobs.put(job.id(), job); }
    @Override public synchronized void enqueueAll(Collection<Job> all) { for (Job j : all) jobs.put(j.id(), j); }

    @Override
    public synchronized void enqueueClaimed(Collection<Job> all, String node, Instant leaseUntil) {
        for (Job j : all) {
            jobs.put(j.id(), new Job(j.id(), j.kind(), j.executionId(), j.payload(), j.dueAt(), j.target(), 1,
                    j.projectId(), j.createdAt()));
            claims.put(j.id(), node);
        }
    }

    @Override
    public synchronized List<Job> claim(Set<JobKind> kinds, Set<String> targets, String node, Instant now, Duration lease, int max) {
        List<Job> out = new ArrayList<>();
        for (Job j : jobs.values()) {
            if (out.size() >= max) break;
            if (!kinds.contains(j.kind()) || claims.containsKey(j.id()) || j.dueAt().isAfter(now)) continue;
            Job claimed = new Job(j.id(), j.kind(), j.executionId(), j.payload(), j.dueAt(), j.target(), j.attempts() + 1,
                    j.projectId(), j.createdAt());
            jobs.put(j.id(), claimed);
            claims.put(j.id(), node);
            out.add(claimed);
        }
        return out;
    }

    @Override
    public synchronized void complete(String jobId) {
        jobs.remove(jobId);
        claims.remove(jobId);
    }

    @Override
    public synchronized int cancel(String executionId, JobKind kind, String key, String value) {
        int before = jobs.size();
        jobs.values().removeIf(j -> Objects.equals(j.executionId(), executionId) && j.kind() == kind
                && Objects.equals(String.valueOf(j.payload().get(key)), value));
        return before - jobs.size();
    }

    @Override
    public synchronized boolean extendLease(String jobId, String node, Instant until) {
        return node.equals(claims.get(jobId));
    }

    @Override
    public synchronized int releaseAll(String node) {
        int n = 0;
        for (var it = claims.entrySet().iterator(); it.hasNext(); ) {
            if (it.next().getValue().equals(node)) {
                it.remove();
                n++;
            }
        }
        return n;
    }

    @Override
    public synchronized Instant nextDue(Set<JobKind> kinds) {
        return jobs.values().stream().filter(j -> kinds.contains(j.kind()) && !claims.containsKey(j.id()))
                .map(Job::dueAt).min(Comparator.naturalOrder()).orElse(null);
    }

    public synchronized List<Job> pendingJobs() {
        return new ArrayList<>(jobs.values());
    }
}
