package io.bora.store;

import io.bora.store.cluster.NodeRegistry;
import io.bora.store.cluster.NodeRegistry.Member;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

class NodeRegistryStoreTest extends StoreTestBase {
    private final NodeRegistry nodes = new NodeRegistry(store.dataSource());

    NodeRegistryStoreTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void noNodes() {
        for (Member m : nodes.seenSince(at(-1_000_000))) nodes.leave(m.name());
    }

    @Test
    void aHeartbeatRegistersANodeAndTheNextOneRefreshesIt() {
        nodes.heartbeat("host_1", List.of("api", "engine"), at(0), at(0));
        nodes.heartbeat("host_1", List.of("api", "engine"), at(0), at(20));

        assertThat(nodes.seenSince(at(-60))).containsExactly(new Member("host_1", List.of("api", "engine"), at(0), at(20)));
    }

    @Test
    void onlyNodesSeenRecentlyAreListedAndALeavingNodeIsGoneAtOnce() {
        nodes.heartbeat("old", List.of("executor"), at(0), at(0));
        nodes.heartbeat("b", List.of("executor"), at(50), at(100));
        nodes.heartbeat("a", List.of("engine", "scheduler"), at(50), at(90));

        assertThat(nodes.seenSince(at(60))).extracting(Member::name).containsExactly("a", "b");
        nodes.leave("b");
        assertThat(nodes.seenSince(at(60))).extracting(Member::name).containsExactly("a");
    }

    @Test
    void aRestartedNodeReportsItsNewStartAndRoles() {
        nodes.heartbeat("n", List.of("api"), at(0), at(10));
        nodes.heartbeat("n", List.of("executor"), at(30), at(30));

        Member m = nodes.seenSince(at(0)).getFirst();
        assertThat(m.roles()).containsExactly("executor");
        assertThat(m.startedAt()).isEqualTo(at(30));
    }
}
