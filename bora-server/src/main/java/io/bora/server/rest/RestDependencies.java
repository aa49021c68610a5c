package io.bora.server.rest;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.cron.EventTriggerService;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import io.bora.server.service.DefinitionService;

import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the REST API talks to.
 *
 * @param definitions    workflows, workbooks, ad-hoc (and system) actions, environments
 * @param executions     every state change of executions, tasks and action executions
 * @param executionReads reads of executions, tasks and action executions
 * @param transactions   groups the reads of one report into one consistent snapshot
 * @param expressions    {@code POST /v2/expressions/evaluate}; null answers 501
 * @param services       {@code GET /v2/services}; null answers 406 like Mistral without coordination
 * @param cronTriggers   {@code /v2/cron_triggers}; null = not served (404)
 * @param eventTriggers  {@code /v2/event_triggers}; null = not served (404)
 * @param databaseReady  {@code /ready}: whether the database answers; null = always ready
 */
public record RestDependencies(
        DefinitionService definitions,
        ExecutionService executions,
        ExecutionRepository executionReads,
        Transactions transactions,
        ExpressionEvaluation expressions,
        ServiceDirectory services,
        CronTriggerService cronTriggers,
        EventTriggerService eventTriggers,
        BooleanSupplier databaseReady) {

    /** Without a readiness check. */
    public RestDependencies(DefinitionService definitions, ExecutionService executions,
                            ExecutionRepository executionReads, Transactions transactions,
                            ExpressionEvaluation expressions, ServiceDirectory services,
                            CronTriggerService cronTriggers, EventTriggerService eventTriggers) {
        this(definitions, executions, executionReads, transactions, expressions, services, cronTriggers, eventTriggers,
                null);
    }

    /** Without triggers. */
    public RestDependencies(DefinitionService definitions, ExecutionService executions,
                            ExecutionRepository executionReads, Transactions transactions,
                            ExpressionEvaluation expressions, ServiceDirectory services) {
        this(definitions, executions, executionReads, transactions, expressions, services, null, null, null);
    }

    public RestDependencies {
        Objects.requireNonNull(definitions, "definitions");
        Objects.requireNonNull(executions, "executions");
        Objects.requireNonNull(executionReads, "executionReads");
        Objects.requireNonNull(transactions, "transactions");
    }
}
