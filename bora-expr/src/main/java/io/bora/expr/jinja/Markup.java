package io.bora.expr.jinja;

/**
 * Text marked safe for HTML ({@code safe}, {@code escape}), so {@code escape} leaves it alone.
 * Everywhere else it behaves as the plain string it holds.
 */
record Markup(String text) {
    static Object unwrap(Object v) {
        return v instanceof Markup m ? m.text() : v;
    }

    @Override
    public String toString() {
        return text;
    }
}
