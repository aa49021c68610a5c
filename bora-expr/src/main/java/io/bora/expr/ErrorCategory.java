package io.bora.expr;

/** Portable classes of expression errors (the corpus's {@code error_category}). */
public enum ErrorCategory {
    PARSE, NO_FUNCTION, NO_MATCHING_OVERLOAD, KEY, INDEX, EMPTY, ZERO_DIVISION, TYPE, VALUE,
    ASSERTION, UNDEFINED, SECURITY, ATTRIBUTE, NOT_FOUND,
    /** An evaluation limit was hit (iterations, collection size, recursion depth, time). */
    LIMIT
}
