package io.bora.server.service;

import io.bora.actions.ActionRegistry;
import io.bora.engine.port.Clock;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.Transactions;
import io.bora.lang.DslParser;

/**
 * Everything users define: workflows, workbooks, ad-hoc actions and environments. Each change
 * is parsed first and then stored in one transaction, so a rejected document stores nothing.
 */
public final class DefinitionService {
    private final WorkflowCatalog workflows;
    private final WorkbookCatalog workbooks;
    private final ActionCatalog actions;
    private final EnvironmentCatalog environments;

    public DefinitionService(DefinitionRepository repo, Transactions tx, DslParser parser, ActionRegistry registry,
                             Clock clock) {
        this.workflows = new WorkflowCatalog(repo, tx, parser, clock);
        this.actions = new ActionCatalog(repo, tx, parser, clock, registry);
        this.workbooks = new WorkbookCatalog(repo, tx, parser, clock, workflows, actions);
        this.environments = new EnvironmentCatalog(repo, tx, clock);
    }

    public WorkflowCatalog workflows() {
        return workflows;
    }

    public WorkbookCatalog workbooks() {
        return workbooks;
    }

    public ActionCatalog actions() {
        return actions;
    }

    public EnvironmentCatalog environments() {
        return environments;
    }
}
