package io.bora.expr.jinja;

import java.util.List;
import java.util.Map;

/** Anything a template can call: globals, bound Python methods, macros. */
interface PyFunction {
    Object call(List<Object> args, Map<String, Object> kwargs);

    /** Python type name, for sandbox messages ({@code function}, {@code type}, ...). */
    default String typeName() {
        return "function";
    }
}
