package io.bora.actions.std;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** std.test_dict: builds {@code {key_prefix+i: val}} for i below {@code size}; for tests of large results. */
final class TestDictAction extends StdAction {

    TestDictAction() {
        super("std.test_dict", "TestDictAction", "Generates test dict.",
                List.of(ActionParameter.optional("size", 0L), ActionParameter.optional("key_prefix", ""),
                        ActionParameter.optional("val", "")));
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        ActionInput in = new ActionInput(input);
        long size = in.intOr("size", 0);
        String prefix = in.string("key_prefix");
        String keyPrefix = prefix == null ? "None" : prefix;
        Object val = in.get("val");
        Map<String, Object> result = new LinkedHashMap<>();
        for (long i = 0; i < size; i++) {
            result.put(keyPrefix + i, val);
        }
        return ActionResult.success(result);
    }
}
