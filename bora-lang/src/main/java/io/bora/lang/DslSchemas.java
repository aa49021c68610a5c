package io.bora.lang;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mistral 15's JSON schemas for the DSL, key order included: jsonschema reports the first most
 * relevant error in schema order, and the error text embeds schema reprs.
 */
final class DslSchemas {
    private DslSchemas() {
    }

    static final String YAQL_EXPRESSION = "^<%.*?%>\\s*$";
    static final String JINJA_EXPRESSION = "^(\\{\\{(.*?)\\}\\})\\s*$";

    static final Map<String, Object> NONEMPTY_STRING = m("type", "string", "minLength", 1);
    static final Map<String, Object> UNIQUE_STRING_LIST = m("type", "array", "items", NONEMPTY_STRING,
            "uniqueItems", true, "minItems", 1);
    static final Map<String, Object> POSITIVE_INTEGER = m("type", "integer", "minimum", 0);
    static final Map<String, Object> POSITIVE_NUMBER = m("type", "number", "minimum", 0.0);
    static final Map<String, Object> EXPRESSION = m("oneOf", List.of(
            m("type", "string", "pattern", JINJA_EXPRESSION),
            m("type", "string", "pattern", YAQL_EXPRESSION)));
    static final Map<String, Object> ANY_NULLABLE = m("anyOf", List.of(m("type", "null"), m("type", "array"),
            m("type", "boolean"), m("type", "integer"), m("type", "number"), m("type", "object"),
            m("type", "string")));
    static final Map<String, Object> NONEMPTY_DICT = m("type", "object", "minProperties", 1,
            "patternProperties", m("^\\w+$", ANY_NULLABLE));
    static final Map<String, Object> ONE_KEY_DICT = m("type", "object", "minProperties", 1, "maxProperties", 1,
            "patternProperties", m("^\\w+$", ANY_NULLABLE));
    static final Map<String, Object> EXPRESSION_OR_POSITIVE_INTEGER = m("oneOf", List.of(EXPRESSION, POSITIVE_INTEGER));
    static final Map<String, Object> EXPRESSION_OR_BOOLEAN = m("oneOf", List.of(EXPRESSION, m("type", "boolean")));
    static final Map<String, Object> VERSION = m("anyOf", List.of(NONEMPTY_STRING, POSITIVE_INTEGER, POSITIVE_NUMBER));
    static final Map<String, Object> WORKFLOW_TYPE = m("enum", List.of("reverse", "direct"));
    static final Map<String, Object> STRING_OR_ONE_KEY_DICT = m("oneOf", List.of(NONEMPTY_STRING, ONE_KEY_DICT));
    static final Map<String, Object> UNIQUE_STRING_OR_ONE_KEY_DICT_LIST = m("type", "array",
            "items", STRING_OR_ONE_KEY_DICT, "uniqueItems", true, "minItems", 1);
    static final Map<String, Object> STRING_OR_STRING_LIST = m("oneOf", List.of(NONEMPTY_STRING, UNIQUE_STRING_LIST));

    // Transitions (on_clause.py).
    static final String PLAIN_TARGET = "^\\S+$";
    static final String COMMAND_TARGET = "^\\w+ \\w+=(.*)$";
    static final String CALL_TARGET = "^\\w+\\(\\w+=(.*)\\)$";
    static final Map<String, Object> NEXT_TASK = m("oneOf", List.of(
            m("type", "string", "pattern", PLAIN_TARGET),
            m("type", "string", "pattern", COMMAND_TARGET),
            m("type", "string", "pattern", CALL_TARGET)));
    static final Map<String, Object> TASK_WITH_EXPRESSION = m("type", "object", "minProperties", 1,
            "maxProperties", 1, "patternProperties",
            m(PLAIN_TARGET, EXPRESSION, COMMAND_TARGET, EXPRESSION, CALL_TARGET, EXPRESSION));
    static final Map<String, Object> LIST_OF_TASKS = m("type", "array",
            "items", m("oneOf", List.of(NEXT_TASK, TASK_WITH_EXPRESSION)), "uniqueItems", true, "minItems", 1);
    static final Map<String, Object> PUBLISH = m("type", "object",
            "properties", m("branch", NONEMPTY_DICT, "global", NONEMPTY_DICT, "atomic", NONEMPTY_DICT),
            "additionalProperties", false);
    static final Map<String, Object> ADVANCED_PUBLISHING_DICT = m("type", "object", "minProperties", 1,
            "properties", m("publish", PUBLISH,
                    "next", m("oneOf", List.of(NEXT_TASK, TASK_WITH_EXPRESSION, LIST_OF_TASKS))),
            "additionalProperties", false);
    static final Map<String, Object> ON_CLAUSE = m("oneOf", List.of(NEXT_TASK, TASK_WITH_EXPRESSION, LIST_OF_TASKS,
            ADVANCED_PUBLISHING_DICT));

    static final Map<String, Object> RETRY_DICT = m("type", "object",
            "properties", m("count", m("oneOf", List.of(EXPRESSION, POSITIVE_INTEGER)),
                    "break-on", EXPRESSION,
                    "continue-on", EXPRESSION,
                    "delay", m("oneOf", List.of(EXPRESSION, POSITIVE_INTEGER)),
                    // Bora's backoff extension; Mistral's own keys come first so its messages are unchanged.
                    "backoff", m("enum", List.of("linear", "exponential")),
                    "max-delay", EXPRESSION_OR_POSITIVE_INTEGER,
                    "jitter", EXPRESSION_OR_BOOLEAN),
            "required", List.of("delay", "count"),
            "additionalProperties", false);
    static final Map<String, Object> RETRY = m("oneOf", List.of(RETRY_DICT, NONEMPTY_STRING));

    /** Meta properties every v2 spec gets (base.py), merged after the spec's own ones. */
    private static Map<String, Object> withMeta(Map<String, Object> properties) {
        Map<String, Object> all = new LinkedHashMap<>(properties);
        all.putIfAbsent("name", NONEMPTY_STRING);
        all.putIfAbsent("version", VERSION);
        all.putIfAbsent("description", NONEMPTY_STRING);
        all.putIfAbsent("tags", UNIQUE_STRING_LIST);
        return Collections.unmodifiableMap(all);
    }

    private static Map<String, Object> taskProperties() {
        return m("type", WORKFLOW_TYPE,
                "action", NONEMPTY_STRING,
                "workflow", NONEMPTY_STRING,
                "input", m("oneOf", List.of(NONEMPTY_DICT, NONEMPTY_STRING)),
                "with-items", m("oneOf", List.of(NONEMPTY_STRING, UNIQUE_STRING_LIST)),
                "publish", NONEMPTY_DICT,
                "publish-on-error", NONEMPTY_DICT,
                "retry", RETRY,
                "wait-before", EXPRESSION_OR_POSITIVE_INTEGER,
                "wait-after", EXPRESSION_OR_POSITIVE_INTEGER,
                "timeout", EXPRESSION_OR_POSITIVE_INTEGER,
                "pause-before", EXPRESSION_OR_BOOLEAN,
                "concurrency", EXPRESSION_OR_POSITIVE_INTEGER,
                "fail-on", EXPRESSION_OR_BOOLEAN,
                "target", NONEMPTY_STRING,
                "keep-result", EXPRESSION_OR_BOOLEAN,
                "safe-rerun", EXPRESSION_OR_BOOLEAN);
    }

    private static final Map<String, Object> ACTION_OR_WORKFLOW = m("anyOf", List.of(
            m("not", m("type", "object", "required", List.of("action", "workflow"))),
            m("oneOf", List.of(m("type", "object", "required", List.of("action")),
                    m("type", "object", "required", List.of("workflow"))))));

    private static Map<String, Object> task(Map<String, Object> typeSpecific) {
        Map<String, Object> properties = new LinkedHashMap<>(taskProperties());
        properties.putAll(typeSpecific);
        return m("type", "object",
                "properties", withMeta(properties),
                "additionalProperties", false,
                "anyOf", ACTION_OR_WORKFLOW.get("anyOf"),
                "required", List.of("name", "version"));
    }

    static final Map<String, Object> DIRECT_TASK = task(m(
            "type", m("enum", List.of("direct")),
            "join", m("oneOf", List.of(m("enum", List.of("all", "one")), POSITIVE_INTEGER)),
            "on-complete", ON_CLAUSE,
            "on-success", ON_CLAUSE,
            "on-error", ON_CLAUSE));
    static final Map<String, Object> REVERSE_TASK = task(m(
            "type", m("enum", List.of("reverse")),
            "requires", STRING_OR_STRING_LIST));

    static final Map<String, Object> TASK_DEFAULTS = m("type", "object",
            "properties", withMeta(m(
                    "retry", RETRY,
                    "wait-before", EXPRESSION_OR_POSITIVE_INTEGER,
                    "wait-after", EXPRESSION_OR_POSITIVE_INTEGER,
                    "timeout", EXPRESSION_OR_POSITIVE_INTEGER,
                    "pause-before", EXPRESSION_OR_BOOLEAN,
                    "concurrency", EXPRESSION_OR_POSITIVE_INTEGER,
                    "fail-on", EXPRESSION_OR_BOOLEAN,
                    "on-complete", ON_CLAUSE,
                    "on-success", ON_CLAUSE,
                    "on-error", ON_CLAUSE,
                    "safe-rerun", EXPRESSION_OR_BOOLEAN,
                    "requires", STRING_OR_STRING_LIST)),
            "additionalProperties", false);

    private static Map<String, Object> workflowMetaProperties() {
        return m("type", WORKFLOW_TYPE,
                "task-defaults", NONEMPTY_DICT,
                "input", UNIQUE_STRING_OR_ONE_KEY_DICT_LIST,
                "output", NONEMPTY_DICT,
                "output-on-error", NONEMPTY_DICT,
                "vars", NONEMPTY_DICT,
                "tags", UNIQUE_STRING_LIST);
    }

    /** Direct and reverse workflows share one schema; unknown workflow keys are accepted (Mistral quirk). */
    static final Map<String, Object> WORKFLOW;

    static {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tasks", m("type", "object", "minProperties", 1,
                "patternProperties", m("^\\w+$", NONEMPTY_DICT)));
        properties.putAll(workflowMetaProperties());
        WORKFLOW = m("properties", Collections.unmodifiableMap(properties), "required", List.of("tasks"));
    }

    static final Map<String, Object> LIST_DOCUMENT = m("type", "object",
            "properties", m("version", VERSION),
            "additionalProperties", NONEMPTY_DICT,
            "required", List.of("version"));

    static final Map<String, Object> ACTION = m("type", "object",
            "properties", withMeta(m("base", NONEMPTY_STRING,
                    "base-input", NONEMPTY_DICT,
                    "input", UNIQUE_STRING_OR_ONE_KEY_DICT_LIST,
                    "output", ANY_NULLABLE)),
            "required", List.of("base", "name", "version"),
            "additionalProperties", false);

    private static final String NON_VERSION_WORD = "^(?!version$)[\\w-]+$";
    private static final Map<String, Object> VERSION_2 = m("enum", List.of("2.0", 2.0));

    static final Map<String, Object> WORKBOOK = m("type", "object",
            "properties", withMeta(m(
                    "version", VERSION_2,
                    "actions", m("type", "object", "minProperties", 1,
                            "patternProperties", m("^version$", VERSION_2,
                                    NON_VERSION_WORD, m("type", "object", "properties", ACTION.get("properties"),
                                            "required", List.of("base"), "additionalProperties", false)),
                            "additionalProperties", false),
                    "workflows", m("type", "object", "minProperties", 1,
                            "patternProperties", m("^version$", VERSION_2,
                                    NON_VERSION_WORD, m("type", "object", "properties", workflowMetaProperties())),
                            "additionalProperties", false))),
            "additionalProperties", false,
            "required", List.of("name", "version"));

    /** An insertion-ordered, unmodifiable map from alternating keys and values. */
    static Map<String, Object> m(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
