package io.bora.server.node;

import io.bora.actions.ActionRegistry;
import io.bora.engine.port.Clock;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.EngineConfig;
import io.bora.engine.runtime.Workers;
import io.bora.lang.DslParser;
import io.bora.server.rest.RestApi;
import io.bora.server.rest.RestDependencies;
import io.bora.server.rest.ServiceDirectory;
import io.bora.server.service.DefinitionService;
import io.bora.server.v1.V1Api;
import io.bora.store.JdbcStore;
import io.bora.store.cluster.NodeRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;

/**
 * One running Bora node: store, action registry, engine, workers and REST API, started in that
 * order and closed in the reverse order.
 */
public final class Node implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Node.class);

    /** The node could not start; the message is one line for the operator. */
    public static final class StartFailure extends RuntimeException {
        StartFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final JdbcStore store;
    private final Engine engine;
    private final Workers workers;
    private final RestApi api;
    private final NodeHeartbeat membership;
    private volatile boolean closed;

    private Node(JdbcStore store, Engine engine, Workers workers, RestApi api, NodeHeartbeat membership) {
        this.store = store;
        this.engine = engine;
        this.workers = workers;
        this.api = api;
        this.membership = membership;
    }

    public static Node start(NodeOptions o) {
        JdbcStore store = openStore(o);
        try {
            ActionRegistry registry = o.pluginsDir() != null ? ActionRegistry.withPlugins(o.pluginsDir()) : ActionRegistry.standard();
            String baseUrl = "http://" + o.bind() + ":" + o.port();
            ActionsAdapter actions = new ActionsAdapter(registry, baseUrl);
            Clock clock = Clock.SYSTEM;
            String nodeName = o.effectiveNodeName();
            EngineConfig config = new EngineConfig(nodeName, o.roles(), o.executorTargets(), o.actionConcurrency(),
                    Duration.ofSeconds(60), baseUrl);
            Engine engine = new Engine(config, store.transactions(), store.definitions(), store.executions(), store.jobs(),
                    actions, actions, clock);
            Workers workers = new Workers(engine, store.jobs(), store.executions(), actions, clock);
            DefinitionService definitions = new DefinitionService(store.definitions(), store.transactions(), new DslParser(),
                    registry, clock);
            Triggers triggers = Triggers.wire(store, engine, workers, definitions, clock);
            NodeRegistry nodes = new NodeRegistry(store.dataSource());
            ServiceDirectory services = new ClusterServices(nodes, config.lease().multipliedBy(3), clock);
            RestApi api = null;
            if (config.has(EngineConfig.Role.API)) {
                V1Api v1 = new V1Api(store.definitions(), store.transactions(), engine, store.executions(), clock,
                        triggers.cron());
                api = new RestApi(new RestDependencies(definitions, engine, store.executions(), store.transactions(),
                        new EngineExpressions(engine),
                        services, triggers.cron(), triggers.events(), store::isReachable), List.of(v1::register));
                try {
                    api.start(o.bind(), o.port());
                } catch (RuntimeException e) {
                    throw new StartFailure("cannot listen on " + o.bind() + ":" + o.port() + " (" + rootMessage(e) + ")", e);
                }
            }
            workers.start();
            store.onJobsAvailable(workers::wake); // other nodes' commits wake this node's loops (PostgreSQL)
            NodeHeartbeat membership = NodeHeartbeat.start(nodes, config, clock);
            int running = engine.runningExecutions().size();
            log.info("Bora node {} ({}) {} (store: {}{})", nodeName, config.roles(),
                    api != null ? "listening on http://" + o.bind() + ":" + api.port() : "without API",
                    store.dialectName(), running > 0 ? ", resuming " + running + " running execution(s)" : "");
            return new Node(store, engine, workers, api, membership);
        } catch (RuntimeException e) {
            store.close();
            throw e instanceof StartFailure sf ? sf : new StartFailure(rootMessage(e), e);
        }
    }

    private static JdbcStore openStore(NodeOptions o) {
        try {
            return o.dbUrl() != null ? JdbcStore.open(o.dbUrl(), o.dbUser(), o.dbPassword())
                    : JdbcStore.openEmbedded(o.dataDir());
        } catch (RuntimeException e) {
            String where = o.dbUrl() != null ? o.dbUrl() : o.dataDir().toAbsolutePath().toString();
            throw new StartFailure("cannot open the database " + where + ": " + rootMessage(e), e);
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        return nl >= 0 ? m.substring(0, nl) : m;
    }

    /** The API's port, or -1 on a node without the API role. */
    public int port() {
        return api != null ? api.port() : -1;
    }

    public Engine engine() {
        return engine;
    }

    /** Graceful stop: no new requests, running actions finish (bounded), leases released. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        log.info("Bora node stopping");
        if (api != null) api.stop();
        workers.stop(Duration.ofSeconds(20));
        membership.close();
        store.close();
        log.info("Bora node stopped");
    }
}
