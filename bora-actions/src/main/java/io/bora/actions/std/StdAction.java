package io.bora.actions.std;

import io.bora.actions.ActionParameter;
import io.bora.actions.ActionType;

import java.util.List;

/**
 * The common shape of a built-in action: a fixed name, description (the first line of the Mistral
 * class docstring, which is what {@code GET /v2/actions} shows), signature and Mistral class.
 */
abstract class StdAction implements ActionType {

    private final String name;
    private final String pythonClass;
    private final String description;
    private final List<ActionParameter> parameters;

    StdAction(String name, String pythonClass, String description, List<ActionParameter> parameters) {
        this.name = name;
        this.pythonClass = "mistral.actions.std_actions." + pythonClass;
        this.description = description;
        this.parameters = List.copyOf(parameters);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<ActionParameter> parameters() {
        return parameters;
    }

    @Override
    public boolean async() {
        return false;
    }

    @Override
    public String implementationClass() {
        return pythonClass;
    }
}
