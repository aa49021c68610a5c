package io.bora.lang.spec;

/** One {@code var in <source>} of a with-items clause; source is an expression string or a List literal. */
public record WithItem(String variable, Object source) {
    public WithItem {
        source = Frozen.value(source);
    }
}
