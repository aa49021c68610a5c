package io.bora.store;

import io.bora.engine.model.ActionDefinition;
import io.bora.engine.model.Environment;
import io.bora.engine.model.WorkflowDefinition;
import io.bora.engine.model.Workbook;
import io.bora.engine.port.DefinitionRepository;
import io.bora.engine.port.DuplicateException;
import io.bora.engine.port.ListQuery;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.bora.store.Fixtures.T0;
import static io.bora.store.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DefinitionStoreTest extends StoreTestBase {

    private final DefinitionRepository repo = store.definitions();

    DefinitionStoreTest(Backend backend) {
        super(backend);
    }

    @Test
    void workflowRoundTripsEveryField() {
        WorkflowDefinition wf = Fixtures.workflow("wf1", "", T0);
        repo.insertWorkflow(wf);
        assertThat(repo.findWorkflowById(wf.id())).contains(wf);
        assertThat(repo.findWorkflow("wf1", "")).contains(wf);
        assertThat(repo.findWorkflow("wf1", "other")).isEmpty();

        WorkflowDefinition changed = new WorkflowDefinition(wf.id(), "wb.wf1", "ns", "new text", List.of(),
                "public", "wb", "p2", wf.createdAt(), at(60));
        repo.updateWorkflow(changed);
        assertThat(repo.findWorkflowById(wf.id())).contains(changed);
        assertThat(repo.deleteWorkflow(wf.id())).isTrue();
        assertThat(repo.deleteWorkflow(wf.id())).isFalse();
        assertThat(repo.findWorkflowById(wf.id())).isEmpty();
    }

    @Test
    void workbookRoundTripsEveryField() {
        Workbook wb = Fixtures.workbook("wb1", T0);
        repo.insertWorkbook(wb);
        assertThat(repo.findWorkbook("wb1", "")).contains(wb);
        assertThat(repo.findWorkbook("wb1", null)).contains(wb);

        Workbook changed = new Workbook(wb.id(), "wb1", "", "changed", null, "public", wb.projectId(), wb.createdAt(), at(5));
        repo.updateWorkbook(changed);
        assertThat(repo.findWorkbook("wb1", "")).contains(changed);
        assertThat(repo.deleteWorkbook(wb.id())).isTrue();
        assertThat(repo.findWorkbook("wb1", "")).isEmpty();
    }

    @Test
    void actionRoundTripsEveryField() {
        ActionDefinition a = Fixtures.action("wb.greet", T0);
        repo.insertAction(a);
        assertThat(repo.findActionById(a.id())).contains(a);
        assertThat(repo.findAction("wb.greet", "")).contains(a);

        ActionDefinition changed = new ActionDefinition(a.id(), a.name(), "", "x", null, "", List.of("y", "z"),
                "private", null, a.projectId(), a.createdAt(), at(9));
        repo.updateAction(changed);
        assertThat(repo.findActionById(a.id())).contains(changed);
        assertThat(repo.deleteAction(a.id())).isTrue();
        assertThat(repo.findAction("wb.greet", "")).isEmpty();
    }

    @Test
    void environmentRoundTripsEveryField() {
        Environment e = Fixtures.environment("e1", T0);
        repo.insertEnvironment(e);
        assertThat(repo.findEnvironment("e1")).contains(e);

        Environment changed = new Environment(e.id(), "e1", null, Fixtures.richValue(), "public", e.projectId(),
                e.createdAt(), at(3));
        repo.updateEnvironment(changed);
        assertThat(repo.findEnvironment("e1")).contains(changed);
        assertThat(repo.deleteEnvironment(e.id())).isTrue();
        assertThat(repo.findEnvironment("e1")).isEmpty();
    }

    @Test
    void duplicateNamesGiveMistralsMessages() {
        repo.insertWorkflow(Fixtures.workflow("wf1", "", T0));
        repo.insertWorkflow(Fixtures.workflow("wf1", "ns1", T0));
        assertThatThrownBy(() -> repo.insertWorkflow(Fixtures.workflow("wf1", "", T0)))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: wf1, , None");
        assertThatThrownBy(() -> repo.insertWorkflow(Fixtures.workflow("wf1", "ns1", T0)))
                .hasMessage("Duplicate entry for WorkflowDefinition ['name', 'namespace', 'project_id']: wf1, ns1, None");

        repo.insertWorkbook(Fixtures.workbook("wb", T0));
        assertThatThrownBy(() -> repo.insertWorkbook(Fixtures.workbook("wb", T0)))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for WorkbookDefinition ['name', 'namespace', 'project_id']: wb, , None");

        repo.insertAction(Fixtures.action("concat", T0));
        assertThatThrownBy(() -> repo.insertAction(Fixtures.action("concat", T0)))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for Action ['name', 'namespace', 'project_id']: concat, , None");

        repo.insertEnvironment(Fixtures.environment("e1", T0));
        assertThatThrownBy(() -> repo.insertEnvironment(Fixtures.environment("e1", T0)))
                .isInstanceOf(DuplicateException.class)
                .hasMessage("Duplicate entry for Environment ['name', 'project_id']: e1, None");

        // Nothing half-written: exactly the first rows are there.
        assertThat(repo.listWorkflows(ListQuery.all())).hasSize(2);
        assertThat(repo.listEnvironments(ListQuery.all())).hasSize(1);
    }

    @Test
    void renamingOntoATakenNameIsADuplicate() {
        WorkflowDefinition a = Fixtures.workflow("a", "", T0);
        WorkflowDefinition b = Fixtures.workflow("b", "", T0);
        repo.insertWorkflow(a);
        repo.insertWorkflow(b);
        WorkflowDefinition renamed = new WorkflowDefinition(b.id(), "a", "", b.definition(), b.tags(), b.scope(),
                null, b.projectId(), b.createdAt(), at(1));
        assertThatThrownBy(() -> repo.updateWorkflow(renamed))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("WorkflowDefinition ['name', 'namespace', 'project_id']: a, , None");
    }

    @Test
    void sameIdTwiceIsADuplicateToo() {
        WorkflowDefinition wf = Fixtures.workflow("wf1", "", T0);
        repo.insertWorkflow(wf);
        WorkflowDefinition sameId = new WorkflowDefinition(wf.id(), "other", "", "", null, null, null, null, T0, null);
        assertThatThrownBy(() -> repo.insertWorkflow(sameId))
                .isInstanceOf(DuplicateException.class)
                .hasMessageContaining("['id']");
    }

    @Test
    void deletingWorkbookContentsRemovesOnlyItsWorkflowsAndActions() {
        WorkflowDefinition inWb = new WorkflowDefinition(Fixtures.id(), "wb.wf", "", "x", List.of(), "private", "wb",
                Fixtures.PROJECT, T0, null);
        WorkflowDefinition otherNs = new WorkflowDefinition(Fixtures.id(), "wb.wf", "ns", "x", List.of(), "private",
                "wb", Fixtures.PROJECT, T0, null);
        WorkflowDefinition loose = Fixtures.workflow("loose", "", T0);
        ActionDefinition action = Fixtures.action("wb.greet", T0);   // workbookName "wb", namespace ""
        repo.insertWorkflow(inWb);
        repo.insertWorkflow(otherNs);
        repo.insertWorkflow(loose);
        repo.insertAction(action);

        repo.deleteWorkbookContents("wb", "");

        assertThat(repo.listWorkflows(ListQuery.all())).extracting(WorkflowDefinition::id)
                .containsExactlyInAnyOrder(otherNs.id(), loose.id());
        assertThat(repo.listActions(ListQuery.all())).isEmpty();
    }

    @Test
    void nullProjectAndNamespaceGetTheDefaults() {
        WorkflowDefinition wf = new WorkflowDefinition(Fixtures.id(), "wf", null, "x", null, null, null, null, null, null);
        repo.insertWorkflow(wf);
        WorkflowDefinition stored = repo.findWorkflow("wf", "").orElseThrow();
        assertThat(stored.namespace()).isEmpty();
        assertThat(stored.projectId()).isEqualTo("<default-project>");
        assertThat(stored.createdAt()).isNotNull();
        assertThat(stored.tags()).isNull();
    }
}
