package io.bora.store;

import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.EventTrigger;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.EventTriggerRepository;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.ListQuery.Filter;
import io.bora.engine.port.ListQuery.Op;
import io.bora.engine.port.ListQuery.Sort;
import io.bora.store.cron.JdbcCronTriggerRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.bora.store.Fixtures.at;
import static io.bora.store.Fixtures.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cron and event triggers: round trips of every field, names, filters, the firing lock. */
class TriggerStoreTest extends StoreTestBase {

    private final JdbcCronTriggerRepository crons;
    private final EventTriggerRepository events;

    TriggerStoreTest(Backend backend) {
        super(backend);
        this.crons = store.cronTriggers();
        this.events = store.cronTriggers().eventTriggers();
    }

    @BeforeEach
    void emptyEventTriggers() throws SQLException {
        try (Connection c = store.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM event_triggers");
        }
    }

    private static CronTrigger cron(String name, String pattern, String workflowId, Integer remaining, long createdAt) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("msg", "héllo");
        input.put("n", 10_000_000_000L);
        return new CronTrigger(id(), name, pattern, "wf_" + name, workflowId, input, Map.of("env", Map.of("k", 1L)),
                at(createdAt + 600), at(createdAt + 3600), remaining, "private", Fixtures.PROJECT, at(createdAt), null);
    }

    @Test
    void cronTriggerRoundTripsEveryField() {
        CronTrigger t = cron("ct1", "*/5 * * * *", "wf-1", 3, 0);
        crons.insert(t);
        assertThat(crons.findById(t.id())).contains(t);
        assertThat(crons.findByName("ct1")).contains(t);
        CronTrigger unlimited = new CronTrigger(id(), "ct2", "0 0 1 1 *", "w", "wf-2", Map.of(), Map.of(), null,
                at(99), null, "public", Fixtures.PROJECT, at(1), at(2));
        crons.insert(unlimited);
        assertThat(crons.findById(unlimited.id())).contains(unlimited);
    }

    @Test
    void updateAndDelete() {
        CronTrigger t = cron("ct1", "* * * * *", "wf-1", 3, 0);
        crons.insert(t);
        CronTrigger moved = t.advanced(at(7200), 2, at(5));
        assertThat(crons.update(moved)).isTrue();
        assertThat(crons.findById(t.id())).contains(moved);
        assertThat(crons.delete(t.id())).isTrue();
        assertThat(crons.delete(t.id())).isFalse();
        assertThat(crons.findByName("ct1")).isEmpty();
    }

    @Test
    void aTakenNameIsADuplicateWithMistralsText() {
        crons.insert(cron("ct1", "* * * * *", "wf-1", null, 0));
        assertThatThrownBy(() -> crons.insert(cron("ct1", "* * * * *", "wf-1", null, 1)))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for cron trigger ['name', 'project_id']: ct1, None");
    }

    @Test
    void listFiltersOnTheRestFields() {
        crons.insert(cron("a", "*/5 * * * *", "wf-1", 3, 0));
        crons.insert(cron("b", "0 0 1 1 *", "wf-1", null, 1));
        crons.insert(cron("c", "*/5 * * * *", "wf-2", 1, 2));
        assertThat(names(ListQuery.where(Filter.eq("remaining_executions", "3")))).containsExactly("a");
        assertThat(names(ListQuery.where(Filter.eq("pattern", "*/5 * * * *")))).containsExactly("a", "c");
        assertThat(names(ListQuery.where(new Filter("next_execution_time", Op.GT, "2026-11-27 05:01:22"))))
                .containsExactly("b", "c");
        assertThat(names(ListQuery.where(new Filter("remaining_executions", Op.IS_NULL, null)))).containsExactly("b");
        assertThat(names(new ListQuery(List.of(), List.of(new Sort("name", false)), null, 2))).containsExactly("c", "b");
        assertThat(crons.findByWorkflowId("wf-1")).extracting(CronTrigger::name).containsExactly("a", "b");
    }

    private List<String> names(ListQuery q) {
        return crons.list(q).stream().map(CronTrigger::name).toList();
    }

    /** The firing's guard against a second node: the row lock holds a second locker until commit. */
    @Test
    void lockByIdHoldsASecondTransactionUntilCommit() throws Exception {
        CronTrigger t = cron("ct1", "* * * * *", "wf-1", null, 0);
        crons.insert(t);
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> store.transactions().run(() -> {
            crons.lockById(t.id()).orElseThrow();
            crons.update(t.advanced(at(9999), null, at(9)));
            locked.countDown();
            await(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<CronTrigger> second = CompletableFuture.supplyAsync(() ->
                store.transactions().inTransaction(() -> crons.lockById(t.id()).orElseThrow()));
        assertThat(second).isNotCompleted();
        assertThatThrownBy(() -> second.get(300, TimeUnit.MILLISECONDS))
                .isInstanceOf(java.util.concurrent.TimeoutException.class);
        release.countDown();
        first.get(10, TimeUnit.SECONDS);
        assertThat(second.get(10, TimeUnit.SECONDS).nextExecutionTime()).isEqualTo(at(9999));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void eventTriggersRoundTripAndFilter() {
        EventTrigger e = new EventTrigger(id(), "et1", "wf-1", Map.of("a", "event"), Map.of(), "openstack",
                "notifications", "compute.instance.create.end", "private", Fixtures.PROJECT, at(0), null);
        EventTrigger other = new EventTrigger(id(), null, "wf-2", Map.of(), Map.of("x", true), "ex", "t", "ev",
                "public", Fixtures.PROJECT, at(1), at(2));
        events.insert(e);
        events.insert(other);
        assertThat(events.findById(e.id())).contains(e);
        assertThat(events.findById(other.id())).contains(other);
        assertThat(events.list(ListQuery.where(Filter.eq("exchange", "openstack")))).containsExactly(e);
        assertThat(events.findByWorkflowId("wf-2")).containsExactly(other);
        EventTrigger changed = new EventTrigger(e.id(), "et1", "wf-1", Map.of("a", "updated"), Map.of(), "openstack",
                "notifications", "compute.instance.create.end", "private", Fixtures.PROJECT, at(0), at(5));
        assertThat(events.update(changed)).isTrue();
        assertThat(events.findById(e.id())).contains(changed);
        assertThat(events.delete(e.id())).isTrue();
        assertThat(events.findById(e.id())).isEmpty();
    }
}
