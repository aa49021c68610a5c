package io.bora.server.node;

import io.bora.engine.port.Clock;
import io.bora.server.rest.ServiceDirectory;
import io.bora.store.cluster.NodeRegistry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /v2/services} from the {@code nodes} table: one entry per role group of every node
 * heard from recently, named as Mistral names its coordination groups ({@code engine_group},
 * {@code executor_group}, ...). Mistral has no scheduler service (its engine schedules), so
 * Bora's scheduler role appears as {@code scheduler_group}.
 */
final class ClusterServices implements ServiceDirectory {
    private final NodeRegistry nodes;
    private final Duration seenWithin;
    private final Clock clock;

    /** @param seenWithin how recent a node's last heartbeat must be for it to be listed */
    ClusterServices(NodeRegistry nodes, Duration seenWithin, Clock clock) {
        this.nodes = nodes;
        this.seenWithin = seenWithin;
        this.clock = clock;
    }

    @Override
    public List<Service> services() {
        List<Service> out = new ArrayList<>();
        for (NodeRegistry.Member m : nodes.seenSince(clock.now().minus(seenWithin))) {
            for (String role : m.roles()) out.add(new Service(serviceName(m.name()), group(role)));
        }
        return out;
    }

    /** Mistral's member ids read {@code host_pid}; a node name {@code host:port} becomes {@code host_port}. */
    static String serviceName(String nodeName) {
        return nodeName.replace(':', '_');
    }

    static String group(String role) {
        return role.toLowerCase(Locale.ROOT) + "_group";
    }
}
