package io.bora.expr;

/**
 * An expression could not be parsed or evaluated. The message names the expression and,
 * for parse errors, the position, e.g.
 * {@code YAQL parse error at 7 in '$.x + ': unexpected end of expression}.
 */
public class ExpressionException extends RuntimeException {
    private final ErrorCategory category;

    public ExpressionException(ErrorCategory category, String message) {
        super(message);
        this.category = category;
    }

    public ExpressionException(ErrorCategory category, String message, Throwable cause) {
        super(message, cause);
        this.category = category;
    }

    public ErrorCategory category() {
        return category;
    }
}
