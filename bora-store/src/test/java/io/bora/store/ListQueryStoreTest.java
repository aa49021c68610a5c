package io.bora.store;

import io.bora.engine.model.ActionExecution;
import io.bora.engine.model.State;
import io.bora.engine.model.TaskExecution;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.WorkflowExecution;
import io.bora.engine.port.InvalidQueryException;
import io.bora.engine.port.ListQuery;
import io.bora.engine.port.ListQuery.Filter;
import io.bora.engine.port.ListQuery.Op;
import io.bora.engine.port.ListQuery.Sort;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.bora.store.Fixtures.T0;
import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListQueryStoreTest extends StoreTestBase {

    /** e0..e5, created one second apart: names a,b,c,a,b,c; descriptions with NULLs among them. */
    private final List<WorkflowExecution> ex = new ArrayList<>();

    ListQueryStoreTest(Backend backend) {
        super(backend);
    }

    @BeforeEach
    void sixExecutions() {
        String[] names = {"a", "b", "c", "a", "b", "c"};
        State[] states = {State.SUCCESS, State.ERROR, State.RUNNING, State.SUCCESS, State.PAUSED, State.SUCCESS};
        String[] descriptions = {"first 50%", null, "third_x", null, "fifth", "sixth"};
        List<List<String>> tags = List.of(List.of("x", "y"), List.of("x"), List.of(), List.of("y"), List.of("x", "y", "z"), List.of("x\"q"));
        for (int i = 0; i < 6; i++) {
            WorkflowExecution e = Fixtures.execution(names[i], states[i], at(i));
            e = new WorkflowExecution(e.id(), e.workflowId(), e.workflowName(), e.workflowNamespace(), descriptions[i],
                    tags.get(i), e.spec(), e.state(), e.stateInfo(), e.input(), e.output(), e.params(), e.context(),
                    i == 2 ? "task-1" : null, e.rootExecutionId(), e.projectId(), e.createdAt(), i % 2 == 0 ? null : at(100 + i));
            store.executions().insertWorkflow(e);
            ex.add(e);
        }
    }

    private List<Integer> executions(ListQuery q) {
        return store.executions().listWorkflows(q).stream().map(w -> ex.stream().map(WorkflowExecution::id).toList().indexOf(w.id())).toList();
    }

    private List<Integer> where(Filter... filters) {
        return executions(ListQuery.where(filters));
    }

    @Test
    void defaultOrderIsCreationTime() {
        assertThat(executions(ListQuery.all())).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void comparisonOperators() {
        assertThat(where(Filter.eq("state", "SUCCESS"))).containsExactly(0, 3, 5);
        assertThat(where(new Filter("state", Op.NEQ, "SUCCESS"))).containsExactly(1, 2, 4);
        assertThat(where(new Filter("workflow_name", Op.GT, "a"))).containsExactly(1, 2, 4, 5);
        assertThat(where(new Filter("workflow_name", Op.GTE, "b"))).containsExactly(1, 2, 4, 5);
        assertThat(where(new Filter("workflow_name", Op.LT, "b"))).containsExactly(0, 3);
        assertThat(where(new Filter("workflow_name", Op.LTE, "b"))).containsExactly(0, 1, 3, 4);
        assertThat(where(Filter.eq("state", "SUCCESS"), Filter.eq("workflow_name", "c"))).containsExactly(5);
    }

    @Test
    void setOperatorsTakeListsOrCommaText() {
        assertThat(where(new Filter("state", Op.IN, List.of("ERROR", "PAUSED")))).containsExactly(1, 4);
        assertThat(where(new Filter("state", Op.IN, "ERROR,PAUSED"))).containsExactly(1, 4);
        assertThat(where(new Filter("state", Op.NIN, List.of("SUCCESS", "RUNNING")))).containsExactly(1, 4);
        assertThat(where(new Filter("id", Op.IN, List.of(ex.get(3).id())))).containsExactly(3);
    }

    @Test
    void hasIsASubstringMatchWithLiteralWildcards() {
        assertThat(where(new Filter("description", Op.HAS, "ft"))).containsExactly(4);
        assertThat(where(new Filter("description", Op.HAS, "50%"))).containsExactly(0);
        assertThat(where(new Filter("description", Op.HAS, "d_x"))).containsExactly(2);
        assertThat(where(new Filter("description", Op.HAS, "_"))).containsExactly(2);
    }

    @Test
    void isNullMatchesMissingValues() {
        assertThat(where(new Filter("description", Op.IS_NULL, null))).containsExactly(1, 3);
        assertThat(where(new Filter("task_execution_id", Op.IS_NULL, null))).containsExactly(0, 1, 3, 4, 5);
        assertThat(where(Filter.eq("task_execution_id", "task-1"))).containsExactly(2);
    }

    @Test
    void tagsMeansContainsAllGivenTags() {
        assertThat(where(Filter.eq("tags", "x"))).containsExactly(0, 1, 4);
        assertThat(where(Filter.eq("tags", "x,y"))).containsExactly(0, 4);
        assertThat(where(Filter.eq("tags", List.of("y", "z")))).containsExactly(4);
        assertThat(where(Filter.eq("tags", "nope"))).isEmpty();
        assertThat(where(Filter.eq("tags", "x\"q"))).containsExactly(5);
        assertThat(where(new Filter("tags", Op.NIN, "x"))).containsExactly(2, 3, 5);
    }

    @Test
    void datesInTheFormsMistralAccepts() {
        assertThat(where(new Filter("created_at", Op.GTE, "2026-11-27 04:01:23"))).containsExactly(2, 3, 4, 5);
        assertThat(where(new Filter("created_at", Op.LT, "2026-11-27 04:01:23"))).containsExactly(0, 1);
        assertThat(where(new Filter("created_at", Op.LT, "2026-11-27 04:01:23.123457"))).containsExactly(0, 1, 2);
        assertThat(where(new Filter("created_at", Op.GTE, "2026-11-27"))).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(where(new Filter("created_at", Op.LTE, "2000-01-01"))).isEmpty();
        assertThat(where(new Filter("created_at", Op.GT, "2026-11-27T04:01:24Z"))).containsExactly(3, 4, 5);
        assertThat(where(new Filter("updated_at", Op.IS_NULL, null))).containsExactly(0, 2, 4);
        assertThatThrownBy(() -> where(new Filter("created_at", Op.GTE, "yesterday")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("created_at");
    }

    @Test
    void booleanFieldsFilterOnTrueAndFalse() {
        WorkflowExecution e = ex.getFirst();
        TaskExecution done = Fixtures.task(e, "done", State.SUCCESS, T0);
        TaskExecution open = Fixtures.task(e, "open", State.RUNNING, at(1));
        open = new TaskExecution(open.id(), open.name(), open.workflowExecutionId(), open.workflowId(),
                open.workflowName(), open.workflowNamespace(), open.type(), open.tags(), open.state(), open.stateInfo(),
                open.runtimeContext(), open.inContext(), open.published(), null, false, open.nextTasks(), false, false,
                null, open.projectId(), open.createdAt(), open.updatedAt(), open.startedAt(), open.finishedAt());
        store.executions().insertTask(done);
        store.executions().insertTask(open);
        assertThat(store.executions().listTasks(ListQuery.where(Filter.eq("processed", "true"))))
                .extracting(TaskExecution::name).containsExactly("done");
        assertThat(store.executions().listTasks(ListQuery.where(Filter.eq("processed", "false"),
                Filter.eq("workflow_execution_id", e.id())))).extracting(TaskExecution::name).containsExactly("open");

        ActionExecution accepted = Fixtures.actionExecution(done, "std.echo", T0);
        store.executions().insertAction(accepted);
        assertThat(store.executions().listActions(ListQuery.where(Filter.eq("accepted", "False")))).isEmpty();
        assertThat(store.executions().listActions(ListQuery.where(Filter.eq("accepted", true)))).containsExactly(accepted);
        assertThatThrownBy(() -> store.executions().listTasks(ListQuery.where(Filter.eq("processed", "maybe"))))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void unknownFieldsAreRejectedWithMistralsText() {
        assertThatThrownBy(() -> where(Filter.eq("bogus", "x")))
                .isInstanceOf(InvalidQueryException.class).hasMessage("Unknown argument: \"bogus\"");
        assertThatThrownBy(() -> executions(new ListQuery(List.of(), List.of(new Sort("bogus", true)), null, null)))
                .isInstanceOf(InvalidQueryException.class).hasMessage("Sort key supplied is invalid: bogus");
    }

    @Test
    void sortsByAnyFieldsWithIdAsTheLastKey() {
        ListQuery byNameDesc = new ListQuery(List.of(), List.of(new Sort("workflow_name", false)), null, null);
        List<Integer> order = executions(byNameDesc);
        assertThat(order.subList(0, 2)).containsExactlyInAnyOrder(2, 5);
        assertThat(order.subList(4, 6)).containsExactlyInAnyOrder(0, 3);

        ListQuery twoKeys = new ListQuery(List.of(),
                List.of(new Sort("workflow_name", true), new Sort("created_at", false)), null, null);
        assertThat(executions(twoKeys)).containsExactly(3, 0, 4, 1, 5, 2);

        ListQuery nullsLow = new ListQuery(List.of(), List.of(new Sort("description", true)), null, null);
        assertThat(executions(nullsLow).subList(0, 2)).containsExactlyInAnyOrder(1, 3);
    }

    @Test
    void markerPagingWalksEveryRowOnceInOrder() {
        List<List<Sort>> sorts = List.of(
                List.of(),
                List.of(new Sort("created_at", false)),
                List.of(new Sort("workflow_name", true)),
                List.of(new Sort("workflow_name", false), new Sort("created_at", true)),
                List.of(new Sort("description", true)),
                List.of(new Sort("description", false)),
                List.of(new Sort("updated_at", false), new Sort("state", true)));
        for (List<Sort> sort : sorts) {
            List<Integer> all = executions(new ListQuery(List.of(), sort, null, null));
            List<Integer> walked = new ArrayList<>();
            String marker = null;
            for (int page = 0; page < 10; page++) {
                List<WorkflowExecution> rows = store.executions().listWorkflows(new ListQuery(List.of(), sort, marker, 4 - 2));
                rows.forEach(w -> walked.add(ex.stream().map(WorkflowExecution::id).toList().indexOf(w.id())));
                if (rows.size() < 2) break;
                marker = rows.getLast().id();
            }
            assertThat(walked).as("walk with sort %s", sort).containsExactlyElementsOf(all);
        }
    }

    @Test
    void markerCombinesWithFiltersAndUnknownMarkerStartsAtTheBeginning() {
        List<Filter> success = List.of(Filter.eq("state", "SUCCESS"));
        assertThat(executions(new ListQuery(success, List.of(), ex.get(0).id(), 1))).containsExactly(3);
        assertThat(executions(new ListQuery(success, List.of(), ex.get(3).id(), 5))).containsExactly(5);
        assertThat(executions(new ListQuery(success, List.of(), Fixtures.id(), 2))).containsExactly(0, 3);
    }

    @Test
    void definitionListsFilterTheirOwnFields() {
        var defs = store.definitions();
        defs.insertWorkflow(Fixtures.workflow("wf_b", "", T0));
        defs.insertWorkflow(Fixtures.workflow("wf_a", "ns", at(1)));
        WorkflowDefinition tagged = new WorkflowDefinition(Fixtures.id(), "wf_c", "", "d", List.of("special"),
                "public", null, Fixtures.PROJECT, at(2), null);
        defs.insertWorkflow(tagged);
        assertThat(defs.listWorkflows(ListQuery.where(Filter.eq("namespace", ""))))
                .extracting(WorkflowDefinition::name).containsExactly("wf_b", "wf_c");
        assertThat(defs.listWorkflows(ListQuery.where(Filter.eq("tags", "special")))).containsExactly(tagged);
        assertThat(defs.listWorkflows(ListQuery.where(Filter.eq("scope", "public")))).containsExactly(tagged);
        assertThat(defs.listWorkflows(new ListQuery(List.of(), List.of(new Sort("name", true)), null, 2)))
                .extracting(WorkflowDefinition::name).containsExactly("wf_a", "wf_b");
        assertThat(defs.listWorkflows(ListQuery.where(new Filter("definition", Op.HAS, "wf_a:"))))
                .extracting(WorkflowDefinition::name).containsExactly("wf_a");

        defs.insertEnvironment(Fixtures.environment("env1", T0));
        assertThat(defs.listEnvironments(ListQuery.where(new Filter("description", Op.HAS, "env")))).hasSize(1);
        defs.insertWorkbook(Fixtures.workbook("wb1", T0));
        assertThat(defs.listWorkbooks(ListQuery.where(Filter.eq("tags", "t1,t2")))).hasSize(1);
        defs.insertAction(Fixtures.action("act", T0));
        assertThat(defs.listActions(ListQuery.where(Filter.eq("input", "name, unused=5")))).hasSize(1);
    }
}
