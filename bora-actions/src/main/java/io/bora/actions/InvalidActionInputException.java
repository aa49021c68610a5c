package io.bora.actions;

import io.bora.py.PyRepr;
import java.util.List;

/** Input does not match the action's signature; the message is Mistral's "Invalid input [...]" text. */
public class InvalidActionInputException extends RuntimeException {

    private final String actionName;
    private final List<String> missing;
    private final List<String> unexpected;

    public InvalidActionInputException(String actionName, String implementationClass,
                                       List<String> missing, List<String> unexpected) {
        super(message(actionName, implementationClass, missing, unexpected));
        this.actionName = actionName;
        this.missing = List.copyOf(missing);
        this.unexpected = List.copyOf(unexpected);
    }

    private static String message(String name, String cls, List<String> missing, List<String> unexpected) {
        StringBuilder text = new StringBuilder("Invalid input [name=").append(name).append(", class=").append(cls);
        if (!missing.isEmpty()) {
            text.append(", missing=").append(PyRepr.repr(missing));
        }
        if (!unexpected.isEmpty()) {
            text.append(", unexpected=").append(PyRepr.repr(unexpected));
        }
        return text.append(']').toString();
    }

    public String actionName() {
        return actionName;
    }

    public List<String> missing() {
        return missing;
    }

    public List<String> unexpected() {
        return unexpected;
    }
}
