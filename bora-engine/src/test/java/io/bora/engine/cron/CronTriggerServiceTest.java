package io.bora.engine.cron;

import io.bora.engine.api.BoraException;
import io.bora.engine.model.CronTrigger;
import io.bora.engine.model.Job;
import io.bora.engine.model.JobKind;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.runtime.Engine;
import io.bora.engine.runtime.EngineConfig;
import io.bora.engine.testing.FakeActions;
import io.bora.engine.testing.InMemoryStore;
import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkflowSpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cron triggers on a fake clock: rules and messages of spec §9, firing counts, missed fires. */
class CronTriggerServiceTest {
    private static final String WF = """
            version: '2.0'
            echo:
              input:
                - msg
              tasks:
                t:
                  action: std.echo output=<% $.msg %>
            """;

    private final InMemoryStore store = new InMemoryStore();
    private final InMemoryCronTriggers triggers = new InMemoryCronTriggers();
    private final FakeActions actions = new FakeActions();
    private Instant now = Instant.parse("2026-01-01T10:00:30Z");
    private final Engine engine = new Engine(EngineConfig.defaults("test"), store, store.definitions, store, store,
            actions, actions, () -> now);
    private final CronTriggerService service =
            new CronTriggerService(triggers, store.definitions, store, store, engine, () -> now);
    private String workflowId;

    @BeforeEach
    void upload() {
        for (WorkflowSpec spec : new DslParser().parseWorkflowList(WF)) {
            workflowId = UUID.randomUUID().toString();
            store.definitions.insertWorkflow(new WorkflowDefinition(workflowId, spec.name(), "", spec.definition(),
                    spec.tags(), "private", null, "<default-project>", now, null));
        }
    }

    private CronTrigger create(String name, String pattern, String firstTime, Integer count) {
        return service.create(new CronTriggerRequest(name, pattern, "echo", null, null, Map.of("msg", "hi"), null,
                firstTime, count, null));
    }

    /** Claims and fires every CRON job due now, as a node's engine loop would; returns how many started. */
    private int fireDue() {
        int started = 0;
        for (Job job : store.claim(Set.of(JobKind.CRON), Set.of(), "node", now, Duration.ofMinutes(5), 100)) {
            if (service.fire(job)) started++;
        }
        return started;
    }

    private List<Job> cronJobs() {
        return store.pendingJobs().stream().filter(j -> j.kind() == JobKind.CRON).toList();
    }

    private List<WorkflowExecution> executions() {
        return store.listWorkflows(ListQuery.all());
    }

    @Test
    void aTriggerWithThreeExecutionsFiresThreeTimesAndIsDeleted() {
        CronTrigger t = create("ct", "* * * * *", null, 3);
        assertThat(t.nextExecutionTime()).isEqualTo(Instant.parse("2026-01-01T10:01:00Z"));
        assertThat(cronJobs()).singleElement().extracting(Job::dueAt).isEqualTo(t.nextExecutionTime());
        int fired = 0;
        for (int minute = 0; minute < 10; minute++) {
            now = now.plus(Duration.ofMinutes(1));
            fired += fireDue();
            assertThat(fireDue()).as("a due time fires once").isZero();
        }
        assertThat(fired).isEqualTo(3);
        assertThat(executions()).hasSize(3);
        assertThat(triggers.findById(t.id())).isEmpty();
        assertThat(cronJobs()).isEmpty();
    }

    @Test
    void remainingExecutionsCountDownAndTheNextTimeMovesOn() {
        CronTrigger t = create("ct", "*/5 * * * *", null, 3);
        now = t.nextExecutionTime();
        assertThat(fireDue()).isEqualTo(1);
        CronTrigger after = service.get("ct");
        assertThat(after.remainingExecutions()).isEqualTo(2);
        assertThat(after.nextExecutionTime()).isEqualTo(t.nextExecutionTime().plus(Duration.ofMinutes(5)));
        assertThat(after.updatedAt()).isEqualTo(now);
        assertThat(cronJobs()).singleElement().extracting(Job::dueAt).isEqualTo(after.nextExecutionTime());
    }

    @Test
    void theExecutionCarriesInputParamsAndMistralsDescription() {
        CronTrigger t = service.create(new CronTriggerRequest("ct \"q\"", "* * * * *", null, workflowId, null,
                Map.of("msg", "hi"), Map.of("env", Map.of("k", 1L)), null, null, null));
        now = t.nextExecutionTime();
        fireDue();
        WorkflowExecution ex = executions().getFirst();
        assertThat(ex.workflowId()).isEqualTo(workflowId);
        assertThat(ex.input()).containsEntry("msg", "hi");
        assertThat(ex.params()).containsEntry("env", Map.of("k", 1L));
        assertThat(ex.description()).isEqualTo("{\"description\": \"Workflow execution created by cron trigger '("
                + t.id() + ")'.\", \"triggered_by\": {\"type\": \"cron_trigger\", \"id\": \"" + t.id()
                + "\", \"name\": \"ct \\\"q\\\"\"}}");
    }

    @Test
    void missedFiresAfterDowntimeFireOnceThenTheNextMatchAfterNow() {
        CronTrigger t = create("ct", "* * * * *", null, null);
        now = t.nextExecutionTime().plus(Duration.ofHours(1)).plusSeconds(20);
        assertThat(fireDue()).isEqualTo(1);
        assertThat(fireDue()).isZero();
        assertThat(service.get("ct").nextExecutionTime()).isEqualTo(Instant.parse("2026-01-01T11:02:00Z"));
        assertThat(executions()).hasSize(1);
    }

    @Test
    void aFirstTimeOnlyTriggerFiresOnceAtThatTime() {
        CronTrigger t = create("once", null, "2026-01-01 10:05", null);
        assertThat(t.pattern()).isEqualTo("0 0 30 2 0");
        assertThat(t.remainingExecutions()).isEqualTo(1);
        assertThat(t.firstExecutionTime()).isEqualTo(Instant.parse("2026-01-01T10:05:00Z"));
        assertThat(t.nextExecutionTime()).isEqualTo(t.firstExecutionTime());
        now = Instant.parse("2026-01-01T10:04:59Z");
        assertThat(fireDue()).isZero();
        now = Instant.parse("2026-01-01T10:05:00Z");
        assertThat(fireDue()).isEqualTo(1);
        now = now.plus(Duration.ofDays(400));
        assertThat(fireDue()).isZero();
        assertThat(triggers.findById(t.id())).isEmpty();
    }

    @Test
    void aFirstTimeWithAPatternFiresFirstThenByThePattern() {
        CronTrigger t = create("both", "*/5 * * * *", "2026-01-02 00:00", 2);
        assertThat(t.nextExecutionTime()).isEqualTo(Instant.parse("2026-01-02T00:00:00Z"));
        now = t.nextExecutionTime();
        fireDue();
        assertThat(service.get("both").nextExecutionTime()).isEqualTo(Instant.parse("2026-01-02T00:05:00Z"));
    }

    @Test
    void aStaleJobIsCompletedWithoutFiring() {
        CronTrigger t = create("ct", "* * * * *", null, null);
        now = t.nextExecutionTime();
        Job job = store.claim(Set.of(JobKind.CRON), Set.of(), "node-a", now, Duration.ofMinutes(5), 1).getFirst();
        assertThat(service.fire(job)).isTrue();
        // node B got the same job after node A's lease ran out: the trigger has moved on
        assertThat(service.fire(job)).isFalse();
        assertThat(executions()).hasSize(1);
    }

    @Test
    void deletingATriggerRemovesItsJob() {
        create("ct", "* * * * *", null, null);
        service.delete("ct");
        assertThat(cronJobs()).isEmpty();
        now = now.plus(Duration.ofHours(1));
        assertThat(fireDue()).isZero();
        assertThatThrownBy(() -> service.get("ct")).hasMessage("Cron trigger not found [identifier=ct]");
        assertThatThrownBy(() -> service.delete("ct")).hasMessage("Cron trigger not found [identifier=ct]");
    }

    @Test
    void secondsInTheFirstTimeNeedOnlyLieAhead() {
        CronTrigger t = create("soon", null, "2026-01-01 10:00:33", null);
        assertThat(t.nextExecutionTime()).isEqualTo(Instant.parse("2026-01-01T10:00:33Z"));
        assertThatThrownBy(() -> create("past", null, "2026-01-01 10:00:30", null))
                .hasMessage("first_execution_time must be at least 1 minute in the future.");
        assertThatThrownBy(() -> create("minute", null, "2026-01-01 10:01", null))
                .hasMessage("first_execution_time must be at least 1 minute in the future.");
    }

    @Test
    void mistralsRulesAndMessages() {
        assertRejected(() -> create("x", null, null, null), "Pattern or first_execution_time must be specified.");
        assertRejected(() -> create("x", null, "2000-01-01 00:00", null),
                "first_execution_time must be at least 1 minute in the future.");
        assertRejected(() -> create("x", null, "2026-02-01 00:00", 3),
                "Pattern must be provided if count is superior to 1.");
        assertRejected(() -> create("x", "bogus", null, null), "The specified pattern is not valid: bogus");
        assertRejected(() -> create("x", "1 2 3 4 5 6 7", null, null), "The specified pattern is not valid: 1 2 3 4 5 6 7");
        assertRejected(() -> create("x", "0 0 1 1 *", "tomorrow", null),
                "time data 'tomorrow' does not match format '%Y-%m-%d %H:%M'");
        assertRejected(() -> create("x", "0 0 1 1 *", null, 0),
                "Invalid input for field/attribute remaining_executions. Value: '0'. Value should be greater or equal to 1");
        assertRejected(() -> service.create(new CronTriggerRequest("x", "0 0 1 1 *", "echo", null, null, null, null,
                null, null, null)), "Invalid input [name=echo, class=DirectWorkflowSpec, missing=['msg']]");
        assertThatThrownBy(() -> service.create(new CronTriggerRequest("x", "0 0 1 1 *", "nope", null, null, null,
                null, null, null, null)))
                .isInstanceOfSatisfying(BoraException.class, e -> assertThat(e.kind()).isEqualTo(BoraException.Kind.NOT_FOUND))
                .hasMessage("Workflow not found [workflow_identifier=nope, namespace=]");
        create("taken", "0 0 1 1 *", null, null);
        assertThatThrownBy(() -> create("taken", "0 0 1 1 *", null, null)).isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for cron trigger ['name', 'project_id']: taken, None");
        assertThat(triggers.list(ListQuery.all())).hasSize(1);
        assertThat(cronJobs()).hasSize(1);
    }

    @Test
    void theV1EntryPointMakesAnUnlimitedTrigger() {
        CronTrigger t = service.createForWorkflow("v1", "0 * * * *", "echo", Map.of("msg", "v1"));
        assertThat(t.remainingExecutions()).isNull();
        assertThat(t.nextExecutionTime()).isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
        assertThat(service.forWorkflow(workflowId)).containsExactly(t);
    }

    private static void assertRejected(Runnable call, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BoraException.class,
                e -> assertThat(e.kind()).isEqualTo(BoraException.Kind.BAD_REQUEST)).hasMessage(message);
    }
}
