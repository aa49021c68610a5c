package io.bora.cli;

/** Canned responses shaped like Mistral 15's (spec/rest-api.md), shared by the tests. */
final class Samples {
    static final String EX_ID = "f911a485-ccc4-4af5-ae07-dacd0f6a12fb";
    static final String EX2_ID = "0b2c6f7e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";
    static final String WF_ID = "cc4cab36-1111-4222-8333-444455556666";
    static final String TASK_ID = "6f5d0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b";

    static final String WORKBOOK = """
            {"id": "0d3c1e2f-aaaa-4bbb-8ccc-dddddddddddd", "name": "my_wb", "namespace": "",
             "definition": "---\\nversion: '2.0'\\nname: my_wb\\n", "tags": ["cli", "conformance"],
             "scope": "private", "project_id": "<default-project>",
             "created_at": "2026-11-27 04:01:21", "updated_at": null}""";

    static final String EXECUTION = """
            {"id": "%s", "workflow_id": "%s", "workflow_name": "wf1", "workflow_namespace": "",
             "description": "d1", "tags": [], "params": "{\\"namespace\\": \\"\\", \\"env\\": {}}",
             "task_execution_id": null, "root_execution_id": null, "state": "SUCCESS", "state_info": null,
             "input": "{\\"x\\": \\"hello\\", \\"y\\": 5}", "output": "{\\"res\\": \\"h\\u00e9llo\\", \\"n\\": [1, 2.5]}",
             "published_global": "{}", "project_id": "<default-project>",
             "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40"}""".formatted(EX_ID, WF_ID);

    static final String FAILED_EXECUTION = """
            {"id": "%s", "workflow_id": "%s", "workflow_name": "wf_fail", "workflow_namespace": "",
             "description": "", "task_execution_id": null, "root_execution_id": null, "state": "ERROR",
             "state_info": "Failure caused by error in tasks: boom\\n\\n  boom [task_ex_id=42] -> Fail action expected exception.\\n",
             "created_at": "2026-11-27 04:00:00", "updated_at": "2026-11-27 05:01:02"}""".formatted(EX2_ID, WF_ID);

    static final String RUNNING_EXECUTION = """
            {"id": "%s", "workflow_id": "%s", "workflow_name": "wf_async", "workflow_namespace": "",
             "description": "a long description that is not cut", "task_execution_id": null,
             "root_execution_id": null, "state": "RUNNING",
             "state_info": null, "created_at": "2026-11-27 04:05:00", "updated_at": "2026-11-27 04:05:00"}"""
            .formatted(EX2_ID, WF_ID);

    static final String TASK = """
            {"id": "%s", "name": "say", "type": "ACTION", "workflow_name": "wf1", "workflow_namespace": "",
             "workflow_id": "%s", "workflow_execution_id": "%s", "tags": [], "state": "SUCCESS",
             "state_info": null, "project_id": "<default-project>", "runtime_context": "{}",
             "result": "\\"Hi cli!\\"", "published": "{\\"greeting\\": \\"Hi cli!\\"}", "processed": true,
             "created_at": "2026-11-27 04:02:39", "updated_at": "2026-11-27 04:02:40",
             "started_at": "2026-11-27 04:02:39", "finished_at": "2026-11-27 04:02:40"}""".formatted(TASK_ID, WF_ID, EX_ID);

    private Samples() {
    }
}
