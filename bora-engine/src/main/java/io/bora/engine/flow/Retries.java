package io.bora.engine.flow;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.lang.spec.RetrySpec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The retry policy (spec §3.7): evaluated after the task reached SUCCESS or ERROR and published;
 * {@code count: N} allows N retries, i.e. up to N+1 attempts. Previous executions stay, not
 * accepted.
 */
final class Retries {
    static final String POLICY = "retry_task_policy";

    private Retries() {
    }

    /** A join task waiting for its retry timer is not waiting for inbound tasks. */
    static boolean isRetrying(TaskRun task) {
        return task.stateInfo != null && task.stateInfo.startsWith("Delayed by 'retry'");
    }

    static int attempt(TaskRun task) {
        return task.runtimeContext.get(POLICY) instanceof Map<?, ?> m && m.get("retry_no") instanceof Number n ? n.intValue() : 0;
    }

    /** Returns true when the task was put back to wait for another attempt. */
    static boolean retryIfDue(StepContext c, WorkflowRun run, TaskRun task, RetrySpec retry, Evaluation eval) {
        if (retry == null || task.state == State.CANCELLED) return false;
        Map<String, Object> ctx = DataFlow.transitionContext(run, task);
        PolicyValues pv = new PolicyValues(eval, ctx);
        long count = pv.seconds(retry.count(), "RetryPolicy");
        long delay = pv.seconds(retry.delay(), "RetryPolicy");
        int retryNo = attempt(task);
        boolean breakOn = retry.breakOn() != null && eval.truthy(retry.breakOn(), ctx);
        Boolean continueOn = retry.continueOn() == null ? null : eval.truthy(retry.continueOn(), ctx);
        boolean again = retryNo < count
                && !(task.state == State.ERROR && breakOn)
                && !(task.state == State.SUCCESS && continueOn == null)
                && !(continueOn != null && !continueOn);
        if (!again) return false;
        long wait = Backoff.delay(retry, delay, retryNo, pv);
        for (ActionExecution a : new WorkflowEnding(c, run).actionsOf(task)) {
            if (a.accepted()) run.changes().action(withAccepted(a, false, c));
        }
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("retry_no", retryNo + 1);
        task.runtimeContext.put(POLICY, policy);
        boolean join = run.taskSpec(task.name).join() != null;
        task.moveTo(join ? State.WAITING : State.DELAYED, "Delayed by 'retry' policy [delay=" + wait + "]", c.now());
        task.finishedAt = null;
        task.result = null;
        task.hasResult = false;
        run.touch(task);
        Timers.arm(c, run, task, Timers.RETRY, wait, retryNo + 1);
        return true;
    }

    static ActionExecution withAccepted(ActionExecution a, boolean accepted, StepContext c) {
        return new ActionExecution(a.id(), a.name(), a.taskExecutionId(), a.taskName(), a.workflowExecutionId(),
                a.workflowName(), a.workflowNamespace(), a.state(), a.stateInfo(), accepted, a.input(), a.output(),
                a.params(), a.description(), a.tags(), a.itemIndex(), a.async(), a.runner(), a.lastHeartbeat(),
                a.projectId(), a.createdAt(), c.now());
    }
}
