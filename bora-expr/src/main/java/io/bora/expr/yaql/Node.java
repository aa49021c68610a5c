package io.bora.expr.yaql;

import java.util.List;

/** YAQL syntax tree. Every node keeps its source offset for error messages. */
sealed interface Node {
    int pos();

    record Const(Object value, int pos) implements Node {
    }

    /** A bare identifier: evaluates to its name as a string; also names keywords and attributes. */
    record Keyword(String name, int pos) implements Node {
    }

    /** {@code $name}; {@code $} and {@code $1} are both the name "1". */
    record Var(String name, int pos) implements Node {
    }

    /** An empty argument slot ({@code range(,3)}): parses, but no overload accepts it. */
    record Empty(int pos) implements Node {
    }

    /** {@code key => value} or a positional argument (key null). */
    record Arg(Node key, Node value) {
    }

    record ListLit(List<Arg> items, int pos) implements Node {
    }

    record MapLit(List<Arg> items, int pos) implements Node {
    }

    record Call(String name, List<Arg> args, int pos) implements Node {
    }

    record Index(Node target, List<Arg> args, int pos) implements Node {
    }

    record Binary(String op, Node left, Node right, int pos) implements Node {
    }

    record Unary(String op, Node operand, int pos) implements Node {
    }

    record Dot(Node left, Node right, boolean elvis, int pos) implements Node {
    }
}
