package io.bora.lang.spec;

/**
 * One declared input of a workflow or ad-hoc action: {@code - x} is required,
 * {@code - y: 5} is optional with default 5 (defaults are stored verbatim, never evaluated).
 */
public record InputParam(String name, boolean required, Object defaultValue) {
    public InputParam {
        defaultValue = Frozen.value(defaultValue);
    }
}
