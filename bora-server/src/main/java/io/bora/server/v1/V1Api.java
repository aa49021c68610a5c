package io.bora.server.v1;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.cron.CronTriggerService;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import io.bora.lang.v1.V1Workbook;
import io.javalin.config.RoutesConfig;

import java.util.function.Consumer;

/**
 * The seed's v1 REST API ({@code /v1/...}, seed-v1.md §4) on the same store and engine as v2.
 * Serve it next to the v2 routes: {@code new RestApi(deps, List.of(v1Api::register))}.
 */
public final class V1Api {
    private final V1Routes routes;

    /**
     * @param cron     creates the cron triggers of uploaded periodic events; null = events are kept
     *                 in the definition but nothing is scheduled
     * @param uploaded told about every uploaded definition after it is stored; must not fail
     */
    V1Api(DefinitionRepository definitions, Transactions transactions, ExecutionService engine,
          ExecutionRepository executionReads, Clock clock, CronTriggerService cron, Consumer<V1Workbook> uploaded) {
        V1Workbooks workbooks = new V1Workbooks(definitions, transactions, clock,
                cron == null ? null : new V1CronTriggers(cron), uploaded == null ? wb -> { } : uploaded);
        V1Executions executions = new V1Executions(workbooks, engine, executionReads);
        this.routes = new V1Routes(workbooks, executions, new V1Tasks(executions, engine, executionReads));
    }

    public V1Api(DefinitionRepository definitions, Transactions transactions, ExecutionService engine,
                 ExecutionRepository executionReads, Clock clock, CronTriggerService cron) {
        this(definitions, transactions, engine, executionReads, clock, cron, null);
    }

    public void register(RoutesConfig config) {
        routes.register(config);
    }
}
