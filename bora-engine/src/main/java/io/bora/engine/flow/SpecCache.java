package io.bora.engine.flow;

import io.bora.lang.DslParser;
import io.bora.lang.spec.WorkflowSpec;

import java.util.LinkedHashMap;
import java.util.Map;

/** Parsed workflow specs by definition text: executions parse their spec copy once, not per step. */
public final class SpecCache {
    private static final int MAX_ENTRIES = 2048;
    private final DslParser parser = new DslParser();
    private final Map<String, WorkflowSpec> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, WorkflowSpec> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /**
     * Workbook workflows are stored as Mistral stores them: their section of the workbook, without a
     * {@code version} line; such a text is parsed as a one-workflow document.
     */
    private WorkflowSpec parse(String definition) {
        try {
            return parser.parseWorkflow(definition);
        } catch (io.bora.lang.DslException e) {
            if (definition.lines().anyMatch(l -> l.startsWith("version:"))) throw e;
            return parser.parseWorkflow("version: '2.0'\n" + definition);
        }
    }

    public WorkflowSpec workflow(String definition) {
        synchronized (cache) {
            WorkflowSpec spec = cache.get(definition);
            if (spec != null) return spec;
        }
        WorkflowSpec spec = parse(definition);
        synchronized (cache) {
            cache.put(definition, spec);
        }
        return spec;
    }
}
