package io.bora.server.rest;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.TaskType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of stored rows (tasks and action executions here, on their own and nested) answered by the store page by page (limit, equality filters, sorted by
 * time and id) must be exactly what the in-memory query gives: the same items, in the same order,
 * page after page, and the same {@code next} links and marker errors.
 */
class StoredPagingTest {
    @TempDir
    static Path dir;
    static ApiServer server;
    static final List<String> executions = new ArrayList<>();
    /** Forces the in-memory path (not an equality filter) without leaving anything out. */
    static final String IN_MEMORY = "created_at=gte:2000-01-01";
    /** A task of the first execution. */
    static final String FIRST = "a0000000-0000-4000-8000-000000000001";

    @BeforeAll
    static void start() {
        server = new ApiServer(dir);
        assertThat(server.postText("/v2/workflows", """
                version: '2.0'
                wf:
                  tasks:
                    say: {action: std.noop}
                """).status()).isEqualTo(201);
        for (int i = 0; i < 2; i++) {
            executions.add((String) server.postJson("/v2/executions", Map.of("workflow_name", "wf")).json().get("id"));
        }
        // ties on created_at (a fan-out creates its tasks in one step), missing updated_at
        Instant t0 = Instant.parse("2026-11-27T10:00:00.123456Z");
        List<String> ids = new ArrayList<>(List.of(FIRST, "ffffffff-0000-4000-8000-000000000000",
                "00000000-0000-4000-8000-000000000000"));
        for (int i = 0; i < 19; i++) ids.add(UUID.randomUUID().toString());
        for (int i = 0; i < ids.size(); i++) {
            Instant created = t0.plusMillis((i % 7) * 250L);
            Instant updated = i % 3 == 0 ? null : created.plusSeconds(i % 4);
            State state = i % 2 == 0 ? State.SUCCESS : State.ERROR;
            server.store.executions().insertTask(new TaskExecution(ids.get(i), "t" + (i % 5), executions.get(i % 2),
                    null, "wf", "", TaskType.ACTION, List.of(), state, null, Map.of(), Map.of(), Map.of(), null, true,
                    List.of(), false, true, null, "<default-project>", created, updated, created, updated));
        }
        // a with-items task's action executions, created in pairs within one instant
        for (int i = 0; i < 11; i++) {
            Instant created = t0.plusMillis(i / 2);
            server.store.executions().insertAction(new ActionExecution(UUID.randomUUID().toString(), "std.noop", FIRST,
                    "t0", executions.get(0), "wf", "", i % 3 == 0 ? State.ERROR : State.SUCCESS, null, true, Map.of(),
                    null, Map.of(), "", null, i, false, null, null, "<default-project>", created,
                    i % 2 == 0 ? null : created));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<Arguments> requests() {
        List<Arguments> out = new ArrayList<>();
        for (String sort : List.of("", "&sort_keys=created_at&sort_dirs=desc", "&sort_keys=updated_at",
                "&sort_keys=updated_at&sort_dirs=desc", "&sort_keys=id&sort_dirs=desc",
                "&sort_keys=created_at,updated_at&sort_dirs=asc,desc")) {
            for (String filter : List.of("", "&state=SUCCESS", "&workflow_execution_id=" + executions.get(1))) {
                for (int limit : List.of(1, 4, 23, 50)) out.add(Arguments.of("/v2/tasks", limit, sort + filter));
            }
            for (int limit : List.of(2, 7)) {
                out.add(Arguments.of("/v2/action_executions", limit, sort));
                out.add(Arguments.of("/v2/tasks/" + FIRST + "/action_executions", limit, sort + "&state=SUCCESS"));
            }
            // the same collection nested under its execution
            for (int limit : List.of(1, 5)) {
                out.add(Arguments.of("/v2/executions/" + executions.get(1) + "/tasks", limit, sort));
                out.add(Arguments.of("/v2/executions/" + executions.get(0) + "/tasks", limit, sort + "&state=ERROR"));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}?limit={1}{2}")
    @MethodSource("requests")
    void everyPageIsWhatTheInMemoryQueryGives(String collection, int limit, String query) {
        String marker = null;
        for (int page = 0; page < 30; page++) {
            String path = collection + "?limit=" + limit + query + (marker == null ? "" : "&marker=" + marker);
            Map<String, Object> fromStore = server.get(path).json();
            Map<String, Object> inMemory = server.get(path + "&" + IN_MEMORY).json();
            List<String> ids = ids(fromStore);
            assertThat(ids).as(path).isEqualTo(ids(inMemory));
            assertThat(fromStore.containsKey("next")).as(path).isEqualTo(inMemory.containsKey("next"));
            if (!fromStore.containsKey("next")) return;
            marker = ids.getLast();
        }
        throw new AssertionError("more pages than tasks");
    }

    @Test
    void aMarkerTheFiltersLeaveOutIsNotFoundEitherWay() {
        String other = "/v2/tasks?limit=2&workflow_execution_id=" + executions.get(1) + "&marker=" + FIRST;
        String missing = "/v2/tasks?limit=2&marker=" + UUID.randomUUID();
        String nested = "/v2/executions/" + executions.get(1) + "/tasks?limit=2&marker=" + FIRST;
        for (String path : List.of(other, missing, nested)) {
            ApiServer.Reply fromStore = server.get(path);
            ApiServer.Reply inMemory = server.get(path + "&" + IN_MEMORY);
            assertThat(fromStore.status()).as(path).isEqualTo(404);
            assertThat(fromStore.json().get("faultstring")).isEqualTo(inMemory.json().get("faultstring"));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Map<String, Object> body) {
        Object items = body.containsKey("tasks") ? body.get("tasks") : body.get("action_executions");
        assertThat(items).as(String.valueOf(body)).isNotNull();
        return ((List<Map<String, Object>>) items).stream().map(t -> (String) t.get("id")).toList();
    }
}
