package io.bora.engine.flow;

import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable working copy of a task execution while a transition is computed; turned back into
 * a {@link TaskExecution} record when the step's changes are written.
 */
public final class TaskRun {
    final String id;
    final String name;
    final String workflowExecutionId;
    final String workflowId;
    final String workflowName;
    final String workflowNamespace;
    TaskType type;
    final List<String> tags;
    State state;
    String stateInfo;
    Map<String, Object> runtimeContext;
    Map<String, Object> inContext;
    Map<String, Object> published;
    Object result;
    boolean hasResult;
    List<List<String>> nextTasks;
    boolean errorHandled;
    boolean processed;
    final String uniqueKey;
    final String projectId;
    final Instant createdAt;
    Instant updatedAt;
    Instant startedAt;
    Instant finishedAt;

    TaskRun(String id, String name, WorkflowRun wf, TaskType type, List<String> tags, State state,
            Map<String, Object> inContext, String uniqueKey, Instant now) {
        this.id = id;
        this.name = name;
        this.workflowExecutionId = wf.execution().id();
        this.workflowId = wf.execution().workflowId();
        this.workflowName = wf.execution().workflowName();
        this.workflowNamespace = wf.execution().workflowNamespace();
        this.type = type;
        this.tags = tags;
        this.state = state;
        this.runtimeContext = new LinkedHashMap<>();
        this.inContext = inContext;
        this.published = new LinkedHashMap<>();
        this.nextTasks = new ArrayList<>();
        this.uniqueKey = uniqueKey;
        this.projectId = wf.execution().projectId();
        this.createdAt = now;
        this.updatedAt = null;
        this.startedAt = state == State.RUNNING ? now : null;
    }

    TaskRun(TaskExecution t) {
        id = t.id();
        name = t.name();
        workflowExecutionId = t.workflowExecutionId();
        workflowId = t.workflowId();
        workflowName = t.workflowName();
        workflowNamespace = t.workflowNamespace();
        type = t.type();
        tags = t.tags();
        state = t.state();
        stateInfo = t.stateInfo();
        runtimeContext = t.runtimeContext() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(t.runtimeContext());
        inContext = t.inContext() == null ? new LinkedHashMap<>() : t.inContext();
        published = t.published();
        result = t.result();
        hasResult = t.hasResult();
        nextTasks = t.nextTasks() == null ? new ArrayList<>() : new ArrayList<>(t.nextTasks());
        errorHandled = t.errorHandled();
        processed = t.processed();
        uniqueKey = t.uniqueKey();
        projectId = t.projectId();
        createdAt = t.createdAt();
        updatedAt = t.updatedAt();
        startedAt = t.startedAt();
        finishedAt = t.finishedAt();
    }

    public TaskExecution toRecord() {
        return new TaskExecution(id, name, workflowExecutionId, workflowId, workflowName, workflowNamespace, type,
                tags, state, stateInfo, new LinkedHashMap<>(runtimeContext),
                inContext, published, result, hasResult, List.copyOf(nextTasks), errorHandled, processed, uniqueKey,
                projectId, createdAt, updatedAt, startedAt, finishedAt);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public State state() {
        return state;
    }

    boolean isCompleted() {
        return state.isTerminal();
    }

    /** Outbound context: the inbound context with the published variables on top (top-level keys replaced). */
    Map<String, Object> outboundContext() {
        Map<String, Object> out = new LinkedHashMap<>(inContext == null ? Map.of() : inContext);
        if (published != null) out.putAll(published);
        return out;
    }

    void moveTo(State newState, String info, Instant now) {
        state = newState;
        stateInfo = info;
        updatedAt = now;
        if (newState == State.RUNNING && startedAt == null) startedAt = now;
        if (newState.isTerminal()) finishedAt = now;
    }
}
