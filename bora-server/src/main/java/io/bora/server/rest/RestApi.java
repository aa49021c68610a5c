package io.bora.server.rest;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;

import java.util.List;
import java.util.function.Consumer;

/**
 * Mistral's REST API v2 on Javalin: one route class per resource, errors mapped in
 * {@link ErrorMapper}. Construct with the node's collaborators, then {@link #start}.
 */
public final class RestApi {
    /** Largest accepted request body; bigger ones are answered 413. */
    public static final long MAX_REQUEST_BYTES = 32L * 1024 * 1024;

    private final RestDependencies deps;
    private final List<Consumer<RoutesConfig>> extraRoutes;
    private Javalin app;

    public RestApi(RestDependencies deps) {
        this(deps, List.of());
    }

    /**
     * @param extraRoutes more route groups served by the same server after the v2 ones, e.g. the
     *                    v1 API ({@code v1Api::register}); they share the error mapping
     */
    public RestApi(RestDependencies deps, List<Consumer<RoutesConfig>> extraRoutes) {
        this.deps = deps;
        this.extraRoutes = List.copyOf(extraRoutes);
    }

    /** Binds and serves; port 0 picks a free port (see {@link #port()}). */
    public synchronized RestApi start(String host, int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.startup.startupWatcherEnabled = false;
            config.concurrency.useVirtualThreads = true;
            config.http.prefer405over404 = true;
            // definitions and execution inputs can be large; Javalin's default is 1 MB
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.router.ignoreTrailingSlashes = true;
            register(config.routes);
        });
        app.start(host, port);
        return this;
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    private void register(RoutesConfig routes) {
        ErrorMapper.register(routes);
        ExecutionTree tree = new ExecutionTree(deps.executionReads());
        RootRoutes.register(routes);
        new WorkflowRoutes(deps.definitions().workflows()).register(routes);
        new WorkbookRoutes(deps.definitions().workbooks()).register(routes);
        new ActionRoutes(deps.definitions().actions()).register(routes);
        new EnvironmentRoutes(deps.definitions().environments()).register(routes);
        new ExecutionRoutes(deps.executions(), deps.executionReads(), deps.definitions().environments(), tree,
                new ExecutionReport(deps.executionReads(), deps.transactions())).register(routes);
        new TaskRoutes(deps.executions(), deps.executionReads(), tree).register(routes);
        new ActionExecutionRoutes(deps.executions(), deps.executionReads()).register(routes);
        new MiscRoutes(deps.services(), deps.expressions()).register(routes);
        new CronTriggerRoutes(deps.cronTriggers()).register(routes);
        new EventTriggerRoutes(deps.eventTriggers()).register(routes);
        new HealthRoutes(deps.databaseReady()).register(routes);
        for (Consumer<RoutesConfig> extra : extraRoutes) {
            extra.accept(routes);
        }
    }
}
