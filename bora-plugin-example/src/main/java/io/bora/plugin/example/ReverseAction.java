package io.bora.plugin.example;

import io.bora.actions.ActionContext;
import io.bora.actions.ActionException;
import io.bora.actions.ActionInput;
import io.bora.actions.ActionParameter;
import io.bora.actions.ActionResult;
import io.bora.actions.BaseAction;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@code example.reverse}: reverses a string or a list. The smallest useful custom action: a name,
 * a signature, and the work; it is registered in META-INF/services/io.bora.actions.ActionType.
 */
public final class ReverseAction extends BaseAction {

    public ReverseAction() {
        super("example.reverse", "Reverses a string or a list.", ActionParameter.required("value"));
    }

    @Override
    protected ActionResult execute(ActionInput input, ActionContext context) {
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
