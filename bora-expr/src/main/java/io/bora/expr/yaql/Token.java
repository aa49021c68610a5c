package io.bora.expr.yaql;

/** A YAQL token; {@code pos} is the 0-based character offset in the expression. */
record Token(Kind kind, String text, Object value, int pos) {
    enum Kind { DOLLAR, NUMBER, FUNC, KEYWORD, CONST, STRING, OP, PUNCT, EOF }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return kind == Kind.OP && text.equals(t);
    }

    boolean isPunct(String t) {
        return kind == Kind.PUNCT && text.equals(t);
    }
}
