package io.bora.expr.jinja;

/** One lexical token of a template; {@code pos} is the offset in the template source. */
record Token(Kind kind, String text, Object value, int pos) {

    enum Kind { DATA, VAR_BEGIN, VAR_END, BLOCK_BEGIN, BLOCK_END, NAME, STRING, INTEGER, FLOAT, OPERATOR, EOF }

    boolean is(Kind k, String t) {
        return kind == k && text.equals(t);
    }

    boolean isOp(String t) {
        return kind == Kind.OPERATOR && text.equals(t);
    }

    boolean isName(String t) {
        return kind == Kind.NAME && text.equals(t);
    }

    /** How Jinja names the token in syntax errors. */
    String describe() {
        return switch (kind) {
            case EOF -> "end of template";
            case VAR_END -> "end of print statement";
            case BLOCK_END -> "end of statement block";
            case VAR_BEGIN -> "begin of print statement";
            case BLOCK_BEGIN -> "begin of statement block";
            case NAME, OPERATOR -> text;
            default -> kind.name().toLowerCase();
        };
    }
}
