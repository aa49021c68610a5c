package io.bora.plugin.example;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.actions.ActionType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code example.reverse}: reverses a string or a list. The smallest useful custom action: a name,
 * a signature, and a run method; it is registered in META-INF/services/io.bora.actions.ActionType.
 */
public final class ReverseAction implements ActionType {

    @Override
    public String name() {
        return "example.reverse";
    }

    @Override
    public String description() {
        return "Reverses a string or a list.\n\n:param value: the string or list to reverse";
    }

    @Override
    public List<ActionParameter> parameters() {
        return List.of(ActionParameter.required("value"));
    }

    @Override
    public boolean async() {
        return false;
    }

    @Override
    public ActionResult run(Map<String, Object> input, ActionContext context) {
        Object value = input.get("value");
        if (value instanceof String text) {
            return ActionResult.success(new StringBuilder(text).reverse().toString());
        }
        if (value instanceof List<?> list) {
            List<Object> reversed = new ArrayList<>(list);
            Collections.reverse(reversed);
            return ActionResult.success(reversed);
        }
        throw new ActionException("value must be a string or a list");
    }
}
