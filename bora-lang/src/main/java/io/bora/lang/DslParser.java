package io.bora.lang;

import io.bora.lang.spec.ActionSpec;
import io.bora.lang.spec.WorkbookSpec;
import io.bora.lang.spec.WorkflowSpec;
import io.bora.py.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses and validates Workflow Language v2 documents into immutable spec records. Rejections are
 * {@link DslException}s whose message is Mistral's (first line) and whose position is kept apart.
 * Thread-safe and stateless.
 */
public final class DslParser {
    private final ExpressionChecker checker = new ExpressionChecker();

    /** A workflow list document ({@code POST /v2/workflows}), workflows in document order. */
    @SuppressWarnings("unchecked")
    public List<WorkflowSpec> parseWorkflowList(String yaml) {
        YamlNode root = YamlLoader.load(yaml);
        Where where = Where.root(root);
        Map<String, Object> doc = listDocument(root, where);
        boolean single = doc.size() == 2;
        List<WorkflowSpec> result = new ArrayList<>();
        for (Map.Entry<String, Object> entry : doc.entrySet()) {
            if (entry.getKey().equals("version")) {
                continue;
            }
            String name = entry.getKey();
            Map<String, Object> body = (Map<String, Object>) entry.getValue();
            String definition = single ? yaml : DefinitionText.dump(name, body);
            result.add(WorkflowBuilder.build(name, body, where.child(name), definition, checker));
        }
        return List.copyOf(result);
    }

    /** A document holding a single workflow, as stored per workflow definition. */
    public WorkflowSpec parseWorkflow(String yaml) {
        List<WorkflowSpec> workflows = parseWorkflowList(yaml);
        if (workflows.size() != 1) {
            throw new DslException("Expected exactly one workflow in the definition, found " + workflows.size()
                    + ": " + workflows.stream().map(WorkflowSpec::name).toList());
        }
        return workflows.get(0);
    }

    /** A workbook ({@code POST /v2/workbooks}); workflows and actions keyed by their short names. */
    @SuppressWarnings("unchecked")
    public WorkbookSpec parseWorkbook(String yaml) {
        YamlNode root = YamlLoader.load(yaml);
        Where where = Where.root(root);
        if (root.value instanceof Map<?, ?> top && top.containsKey("version")) {
            Object version = top.get("version");
            if (!isVersion2(version)) {
                throw where.child("version").error("Unsupported DSL version: " + pyStr(version));
            }
        }
        where.validate(root.value, DslSchemas.WORKBOOK);
        Map<String, Object> doc = (Map<String, Object>) root.value;

        Map<String, ActionSpec> actions = new LinkedHashMap<>();
        if (doc.get("actions") instanceof Map<?, ?> section) {
            YamlNode sectionNode = root.field("actions");
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) section).entrySet()) {
                String name = entry.getKey();
                if (name.equals("version")) {
                    continue;
                }
                String definition = DefinitionText.section(yaml, sectionNode, name, entry.getValue());
                actions.put(name, ActionBuilder.build(name, entry.getValue(), where.child("actions").child(name),
                        definition, checker));
            }
        }
        Map<String, WorkflowSpec> workflows = new LinkedHashMap<>();
        if (doc.get("workflows") instanceof Map<?, ?> section) {
            YamlNode sectionNode = root.field("workflows");
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) section).entrySet()) {
                String name = entry.getKey();
                if (name.equals("version")) {
                    continue;
                }
                Map<String, Object> body = (Map<String, Object>) entry.getValue();
                String definition = DefinitionText.section(yaml, sectionNode, name, body);
                workflows.put(name, WorkflowBuilder.build(name, body, where.child("workflows").child(name),
                        definition, checker));
            }
        }
        return new WorkbookSpec((String) doc.get("name"), (String) doc.get("description"),
                doc.get("tags") instanceof List<?> tags ? (List<String>) tags : List.of(),
                workflows, actions, yaml);
    }

    /** An ad-hoc action list document ({@code POST /v2/actions}). */
    public List<ActionSpec> parseActionList(String yaml) {
        YamlNode root = YamlLoader.load(yaml);
        Where where = Where.root(root);
        Map<String, Object> doc = listDocument(root, where);
        List<ActionSpec> result = new ArrayList<>();
        for (Map.Entry<String, Object> entry : doc.entrySet()) {
            if (entry.getKey().equals("version")) {
                continue;
            }
            String name = entry.getKey();
            // Mistral 15 stores the whole uploaded text as the definition of every action of the list.
            result.add(ActionBuilder.build(name, entry.getValue(), where.child(name), yaml, checker));
        }
        return List.copyOf(result);
    }

    /** Splits {@code "std.echo output=\"x\""} into name and params exactly as Mistral does (§3.2). */
    public static InlineCall parseInline(String text) {
        return InlineParser.parse(text);
    }

    /** The shared top level of workflow and action lists: {@code version} plus at least one entry. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> listDocument(YamlNode root, Where where) {
        where.validate(root.value, DslSchemas.LIST_DOCUMENT);
        Map<String, Object> doc = (Map<String, Object>) root.value;
        if (doc.size() < 2) {
            throw where.error("At least one item must be in the list [data=" + PyRepr.repr(doc) + "].");
        }
        return doc;
    }

    /** Mistral's check {@code str(float(version)) == "2.0"}, falsy values rejected. */
    private static boolean isVersion2(Object version) {
        if (version instanceof Boolean) {
            return false; // float(True) is 1.0, float(False) falsy
        }
        if (version instanceof Number n) {
            return n.doubleValue() == 2.0;
        }
        if (version instanceof String s) {
            try {
                return Double.parseDouble(s.strip().replace("_", "")) == 2.0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return false;
    }

    /** Python {@code str()} of a scalar as it appears in "Unsupported DSL version: ...". */
    private static String pyStr(Object value) {
        return value instanceof String s ? s : PyRepr.repr(value);
    }
}
