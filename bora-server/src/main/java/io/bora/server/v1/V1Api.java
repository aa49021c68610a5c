package io.bora.server.v1;

import io.bora.engine.api.ExecutionService;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.ExecutionRepository;
import io.bora.engine.port.Transactions;
import io.bora.lang.v1.V1Workbook;
import io.javalin.config.RoutesConfig;

import java.util.function.Consumer;

/**
 * The seed's v1 REST API ({@code /v1/...}, seed-v1.md §4) on the same store and engine as v2.
 * Register its routes next to the v2 ones: {@code new V1Api(...).register(config.routes)}.
 */
public final class V1Api {
    private final V1Routes routes;

    /**
     * @param uploaded told about every definition uploaded, with its periodic events, so that cron
     *                 triggers can be (re)created from them; must not fail
     */
    public V1Api(DefinitionRepository definitions, Transactions transactions, ExecutionService engine,
                 ExecutionRepository executionReads, Clock clock, Consumer<V1Workbook> uploaded) {
        V1Workbooks workbooks = new V1Workbooks(definitions, transactions, clock, uploaded == null ? wb -> { } : uploaded);
        V1Executions executions = new V1Executions(workbooks, engine, executionReads);
        this.routes = new V1Routes(workbooks, executions, new V1Tasks(executions, engine, executionReads));
    }

    public V1Api(DefinitionRepository definitions, Transactions transactions, ExecutionService engine,
                 ExecutionRepository executionReads, Clock clock) {
        this(definitions, transactions, engine, executionReads, clock, null);
    }

    public void register(RoutesConfig config) {
        routes.register(config);
    }
}
