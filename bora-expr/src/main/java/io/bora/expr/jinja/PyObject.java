package io.bora.expr.jinja;

/** A template-visible object with named attributes (loop, cycler, ...). */
interface PyObject {
    boolean hasAttribute(String name);

    Object attribute(String name);
}
