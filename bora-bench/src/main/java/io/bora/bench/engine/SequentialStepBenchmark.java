package io.bora.bench.engine;

import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.testing.EngineHarness;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The engine's transition step without a database: a workflow of {@value #TASKS} sequential
 * std.noop tasks run to completion on the in-memory store, jobs executed on the benchmark thread.
 * Each step is "action completed -> task completed -> next task scheduled -> its action job run";
 * the score is the time per step (the start of the execution and its completion are amortised
 * over the steps, about 2% of the total).
 *
 * <p>A fresh store per invocation keeps the in-memory maps from growing across invocations; the
 * definition is uploaded (parsed) outside the measured time.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SequentialStepBenchmark {
    static final int TASKS = 50;

    private EngineHarness harness;

    @Setup(Level.Invocation)
    public void freshEngine() {
        harness = new EngineHarness().upload(sequentialWorkflow(TASKS));
    }

    @Benchmark
    @OperationsPerInvocation(TASKS)
    public WorkflowExecution step() {
        WorkflowExecution done = harness.run("seq", Map.of());
        if (done.state() != io.bora.engine.model.State.SUCCESS) {
            throw new IllegalStateException("workflow ended " + done.state() + ": " + done.stateInfo());
        }
        return done;
    }

    static String sequentialWorkflow(int n) {
        StringBuilder y = new StringBuilder("version: '2.0'\nseq:\n  tasks:\n");
        for (int i = 1; i <= n; i++) {
            y.append("    t").append(i).append(":\n      action: std.noop\n");
            if (i < n) {
                y.append("      on-success: t").append(i + 1).append('\n');
            }
        }
        return y.toString();
    }
}
