package io.bora.expr.yaql;

/** A YAQL context produced by let/with/unpack/def; only usable on the left of {@code ->}. */
record ContextValue(Scope scope) {
}
