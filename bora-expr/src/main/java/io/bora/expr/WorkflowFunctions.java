package io.bora.expr;

import java.util.List;
import java.util.Map;

/**
 * Mistral's expression functions that read the workflow database. The engine implements this;
 * tests implement it from fixtures. {@code ctx} is the data context of the evaluation (it holds
 * {@code __execution}, {@code __task_execution}, {@code __env}). Values returned are in the plain
 * value model (null, Boolean, Long/BigInteger, Double, String, List, Map).
 */
public interface WorkflowFunctions {
    /** task(name): name null or empty = the current task ({@code __task_execution}); null if none. */
    Map<String, Object> task(String name, Map<String, Object> ctx);

    /** tasks(workflow_execution_id, recursive, state, flat). */
    List<Object> tasks(String workflowExecutionId, boolean recursive, String state, boolean flat,
                       Map<String, Object> ctx);

    /** execution(): the current workflow execution (id, name, spec, input, params, created_at, ...). */
    Map<String, Object> execution(Map<String, Object> ctx);

    /** executions(id, root_execution_id, state, from_time, to_time). */
    List<Object> executions(String id, String rootExecutionId, String state, String fromTime, String toTime,
                            Map<String, Object> ctx);

    /** global(name): a variable of the workflow execution's context, or null. */
    Object global(String name, Map<String, Object> ctx);

    /** For evaluations outside any workflow: every lookup finds nothing. */
    WorkflowFunctions NONE = new WorkflowFunctions() {
        @Override
        public Map<String, Object> task(String name, Map<String, Object> ctx) {
            return null;
        }

        @Override
        public List<Object> tasks(String id, boolean recursive, String state, boolean flat, Map<String, Object> ctx) {
            return List.of();
        }

        @Override
        public Map<String, Object> execution(Map<String, Object> ctx) {
            return null;
        }

        @Override
        public List<Object> executions(String id, String root, String state, String from, String to,
                                       Map<String, Object> ctx) {
            return List.of();
        }

        @Override
        public Object global(String name, Map<String, Object> ctx) {
            return null;
        }
    };
}
