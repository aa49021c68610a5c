package io.bora.lang;

/**
 * A definition was rejected. {@link #getMessage()} is exactly the first line of Mistral's message
 * (clients and the conformance suite compare it); where it happened is kept apart in
 * {@link #line()}, {@link #column()} and {@link #path()}.
 */
public class DslException extends RuntimeException {
    private final int line;
    private final int column;
    private final String path;

    /** @param line 1-based, 0 if unknown; @param column 1-based, 0 if unknown; @param path like "wf1.tasks.t1.retry" */
    public DslException(String message, int line, int column, String path) {
        super(message);
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
    }

    public DslException(String message) {
        this(message, 0, 0, "");
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    /** The message with its position, for humans: "msg (line L, column C, at path)". */
    public String detail() {
        StringBuilder where = new StringBuilder();
        if (line > 0) {
            where.append("line ").append(line);
            if (column > 0) {
                where.append(", column ").append(column);
            }
        }
        if (!path.isEmpty()) {
            if (where.length() > 0) {
                where.append(", ");
            }
            where.append("at ").append(path);
        }
        return where.length() == 0 ? getMessage() : getMessage() + " (" + where + ")";
    }
}
