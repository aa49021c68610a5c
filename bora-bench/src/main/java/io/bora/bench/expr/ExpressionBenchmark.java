package io.bora.bench.expr;

import io.bora.expr.Expressions;
import io.bora.expr.WorkflowFunctions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Parse + evaluate through the facade the engine uses. The facade caches parsed expressions, so
 * after warm-up this is what a workflow pays per evaluation of a definition's expression.
 * bench/python_expressions.py times the same expressions on the same data in Python yaql/Jinja2
 * as Mistral configures them; BENCHMARKS.md reports the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExpressionBenchmark {

    @Param({"attr", "whereSelect", "groupBy", "jinjaLoop"})
    public String expression;

    private final Expressions expressions = new Expressions();
    private Map<String, Object> context;
    private String text;

    @Setup
    public void setUp() {
        context = ExpressionCases.context();
        text = ExpressionCases.ALL.get(expression);
        // Fail fast when a case does not evaluate at all: a benchmark of an exception is worthless.
        expressions.evaluate(text, context, WorkflowFunctions.NONE);
    }

    @Benchmark
    public Object evaluate() {
        return expressions.evaluate(text, context, WorkflowFunctions.NONE);
    }
}
