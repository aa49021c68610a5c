package io.bora.engine.flow;

import io.bora.engine.port.ActionCatalog;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.expr.Expressions;

import java.time.Instant;

/**
 * What one engine step may use besides the state it transforms: the time of the step, the
 * expression evaluator, the action catalog, the spec cache, and read access to definitions and
 * to other executions (reads only; every write is a {@link StepChanges} entry), and the cache of
 * evaluated with-items arrays.
 */
public record StepContext(
        Instant now,
        Expressions expressions,
        ActionCatalog actions,
        SpecCache specs,
        DefinitionRepository definitions,
        ExecutionRepository executions,
        ItemCache items) {
}
