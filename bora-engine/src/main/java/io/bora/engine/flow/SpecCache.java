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

    public WorkflowSpec workflow(String definition) {
        synchronized (cache) {
            WorkflowSpec spec = cache.get(definition);
            if (spec != null) return spec;
        }
        WorkflowSpec spec = parser.parseWorkflow(definition);
        synchronized (cache) {
            cache.put(definition, spec);
        }
        return spec;
    }
}
