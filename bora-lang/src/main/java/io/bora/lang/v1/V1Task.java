package io.bora.lang.v1;

/**
 * What the v1 API shows of a task: its name, the name its task executions carry in the v2 engine
 * (the same unless the v1 name has characters v2 forbids), the action as written in the v1
 * definition ({@code MyRest:create-vm}) and its description (null when absent).
 */
public record V1Task(String name, String v2Name, String action, String description) {
}
