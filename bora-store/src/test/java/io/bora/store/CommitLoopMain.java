package io.bora.store;

import io.bora.engine.model.State;
import io.bora.engine.model.WorkflowExecution;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedStoreTest}: commits executions {@code ex-0, ex-1, ...}
 * one transaction each and prints {@code COMMITTED n} after each commit returned, until killed.
 */
public final class CommitLoopMain {

    private CommitLoopMain() {
    }

    public static void main(String[] args) {
        JdbcStore store = JdbcStore.openEmbedded(Path.of(args[0]));
        for (int i = 0; i < 100_000; i++) {
            WorkflowExecution e = Fixtures.execution("wf", State.RUNNING, Fixtures.T0);
            WorkflowExecution numbered = new WorkflowExecution("ex-" + i, e.workflowId(), e.workflowName(),
                    e.workflowNamespace(), e.description(), e.tags(), e.spec(), e.state(), e.stateInfo(), e.input(),
                    e.output(), e.params(), e.context(), null, null, e.projectId(), e.createdAt(), e.updatedAt());
            store.transactions().run(() -> store.executions().insertWorkflow(numbered));
            System.out.println("COMMITTED " + i);
            System.out.flush();
        }
    }
}
