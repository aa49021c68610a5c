package io.bora.lang.v1;

import io.bora.lang.DslException;
import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkbookSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads v1 workbooks (seed-v1.md §2) and maps them onto v2 (§3). The v2 form is produced as a v2
 * workbook document and read back through {@link DslParser}, so the workflows and actions the
 * engine later loads from their stored texts are exactly the ones validated here.
 */
public final class V1Parser {
    private static final Set<String> TOP_KEYS = Set.of("Services", "Namespaces", "Workflow", "events", "triggers");

    private final DslParser v2 = new DslParser();

    /** A v1 document: {@code Services}, {@code Namespaces} or {@code Workflow} at the top and no {@code version}. */
    public static boolean isV1(String yaml) {
        Object doc;
        try {
            doc = V1Yaml.load(yaml);
        } catch (DslException e) {
            return false;
        }
        return doc instanceof Map<?, ?> m && !m.containsKey("version")
                && (m.containsKey("Services") || m.containsKey("Namespaces") || m.containsKey("Workflow"));
    }

    /** Parses the v1 text of workbook {@code workbookName}; rejections are {@link DslException}s. */
    public V1Workbook parseWorkbook(String workbookName, String yaml) {
        if (workbookName == null || workbookName.isBlank()) {
            throw new DslException("Invalid v1 workbook: the workbook has no name");
        }
        Object loaded = V1Yaml.load(yaml);
        if (!(loaded instanceof Map<?, ?>)) {
            throw new DslException("Invalid v1 workbook: the definition must be a mapping with Services (or Namespaces)"
                    + " and Workflow");
        }
        Map<String, Object> doc = V1Yaml.map(loaded, "");
        if (doc.containsKey("version")) {
            throw V1Yaml.invalid("version", "belongs to v2 definitions; upload this workbook with /v2/workbooks");
        }
        for (String key : doc.keySet()) {
            if (!TOP_KEYS.contains(key)) {
                throw V1Yaml.invalid(key, "is not a v1 workbook section (expected Services or Namespaces, Workflow,"
                        + " events or triggers)");
            }
        }
        if (doc.containsKey("Services") && doc.containsKey("Namespaces")) {
            throw V1Yaml.invalid("Namespaces", "cannot be used together with Services");
        }
        V1ActionCatalog actions = doc.containsKey("Namespaces")
                ? V1ActionCatalog.namespaces(V1Yaml.map(doc.get("Namespaces"), "Namespaces"))
                : V1ActionCatalog.services(V1Yaml.map(doc.get("Services"), "Services"));
        Map<String, V1TaskDef> tasks = tasks(doc);
        Map<String, String> v2Names = V1Names.tasks(tasks.keySet());
        List<V1PeriodicEvent> events = events(doc, tasks);

        Map<String, Object> v2 = new LinkedHashMap<>();
        v2.put("version", "2.0");
        v2.put("name", workbookName);
        Map<String, Object> v2Actions = adHocActions(actions, tasks);
        if (!v2Actions.isEmpty()) {
            v2.put("actions", v2Actions);
        }
        v2.put("workflows", workflows(workbookName, actions, tasks, v2Names, doc));
        WorkbookSpec mapped;
        String text = V1Yaml.dump(v2);
        try {
            mapped = this.v2.parseWorkbook(text);
        } catch (DslException e) {
            throw new DslException("Invalid v1 workbook: its v2 form is rejected: " + e.getMessage(), 0, 0, e.path());
        }
        Map<String, V1Task> shown = new LinkedHashMap<>();
        tasks.forEach((n, t) -> shown.put(n, new V1Task(n, v2Names.get(n), t.action(), t.description())));
        WorkbookSpec spec = new WorkbookSpec(workbookName, null, List.of(), mapped.workflows(), mapped.actions(), yaml);
        return new V1Workbook(workbookName, yaml, spec, shown, events);
    }

    private static Map<String, V1TaskDef> tasks(Map<String, Object> doc) {
        Map<String, Object> workflow = V1Yaml.map(doc.get("Workflow"), "Workflow");
        for (String key : workflow.keySet()) {
            if (!key.equals("tasks")) {
                throw V1Yaml.invalid("Workflow." + key, "is not allowed here (expected tasks)");
            }
        }
        Map<String, Object> raw = V1Yaml.map(workflow.get("tasks"), "Workflow.tasks");
        if (raw.isEmpty()) {
            throw V1Yaml.invalid("Workflow.tasks", "is required and must name at least one task");
        }
        Map<String, V1TaskDef> tasks = new LinkedHashMap<>();
        raw.forEach((name, body) -> tasks.put(name, V1TaskDef.parse(name, body, "Workflow.tasks." + name)));
        for (V1TaskDef t : tasks.values()) {
            for (String other : t.referencedTasks()) {
                if (!tasks.containsKey(other)) {
                    throw new DslException("Invalid v1 workbook: task '" + t.name() + "' refers to task '" + other
                            + "', which is not defined", 0, 0, "Workflow.tasks." + t.name());
                }
            }
        }
        return tasks;
    }

    private static List<V1PeriodicEvent> events(Map<String, Object> doc, Map<String, V1TaskDef> tasks) {
        List<V1PeriodicEvent> out = new ArrayList<>();
        for (String section : List.of("events", "triggers")) {
            V1Yaml.map(doc.get(section), section).forEach((name, body) -> {
                String path = section + "." + name;
                Map<String, Object> e = V1Yaml.map(body, path);
                if (!"periodic".equalsIgnoreCase(String.valueOf(e.get("type")))) {
                    return; // only periodic events were ever implemented
                }
                List<String> targets = V1Yaml.names(e.get("tasks"), path + ".tasks");
                for (String t : targets) {
                    if (!tasks.containsKey(t)) {
                        throw V1Yaml.invalid(path + ".tasks", "names task '" + t + "', which is not defined");
                    }
                }
                Object pattern = V1Yaml.map(e.get("parameters"), path + ".parameters").get("cron-pattern");
                if (!(pattern instanceof String p) || p.isBlank() || targets.isEmpty()) {
                    throw V1Yaml.invalid(path, "needs tasks and parameters.cron-pattern");
                }
                out.add(new V1PeriodicEvent(name, targets, p.strip()));
            });
        }
        return out;
    }

    /** One ad-hoc action per v1 action, taking every parameter the tasks pass to it. */
    private static Map<String, Object> adHocActions(V1ActionCatalog actions, Map<String, V1TaskDef> tasks) {
        Map<String, Set<String>> passed = new LinkedHashMap<>();
        for (V1TaskDef t : tasks.values()) {
            V1ActionDef a = actions.resolve(t.action());
            if (a != null) {
                passed.computeIfAbsent(a.shortName(), k -> new LinkedHashSet<>()).addAll(t.parameters().keySet());
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        actions.all().forEach((name, a) -> out.put(name, a.toV2(passed.getOrDefault(name, Set.of()))));
        return out;
    }

    private static Map<String, Object> workflows(String workbook, V1ActionCatalog actions, Map<String, V1TaskDef> tasks,
                                                 Map<String, String> v2Names, Map<String, Object> doc) {
        V1TaskMapper mapper = new V1TaskMapper(workbook, actions);
        Map<String, Map<String, Object>> bodies = new LinkedHashMap<>();
        tasks.forEach((n, t) -> bodies.put(n, mapper.body(t)));
        // v1 had no declared inputs: every key the expressions read may come from the execution context.
        Set<String> contextKeys = new LinkedHashSet<>();
        V1Expressions.collectRoots(doc.get("Workflow"), contextKeys);
        V1Expressions.collectRoots(doc.get("Services"), contextKeys);
        V1Expressions.collectRoots(doc.get("Namespaces"), contextKeys);
        List<Object> input = new ArrayList<>();
        for (String key : contextKeys) {
            Map<String, Object> optional = new LinkedHashMap<>();
            optional.put(key, null);
            input.add(optional);
        }
        V1Flow flow = new V1Flow(tasks, v2Names);
        Map<String, Object> out = new LinkedHashMap<>();
        for (String target : tasks.keySet()) {
            Map<String, Object> wf = new LinkedHashMap<>();
            wf.put("type", "direct");
            if (!input.isEmpty()) {
                wf.put("input", V1Yaml.copy(input));
            }
            wf.put("tasks", flow.workflowTasks(target, bodies));
            out.put(v2Names.get(target), wf);
        }
        return out;
    }
}
