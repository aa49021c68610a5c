package io.bora.expr.jinja;

import java.util.List;

/** The syntax tree of a template: expression nodes and statement nodes. */
sealed interface Node {

    // ---- expressions
    record Const(Object value) implements Node { }

    record Name(String name) implements Node { }

    record Getattr(Node target, String attr) implements Node { }

    record Getitem(Node target, Node key) implements Node { }

    record Slice(Node start, Node stop, Node step) implements Node { }

    record Kwarg(String name, Node value) { }

    record Call(Node callee, List<Node> args, List<Kwarg> kwargs, Node starArgs, Node starKwargs) implements Node { }

    /** A filter application; {@code value} is null inside a filter block. */
    record Filter(Node value, String name, List<Node> args, List<Kwarg> kwargs, Node starArgs, Node starKwargs)
            implements Node { }

    record Test(Node value, String name, List<Node> args, List<Kwarg> kwargs, boolean negated) implements Node { }

    record Unary(String op, Node operand) implements Node { }

    record Binary(String op, Node left, Node right) implements Node { }

    record Compare(Node first, List<String> ops, List<Node> operands) implements Node { }

    record CondExpr(Node test, Node then, Node otherwise) implements Node { }

    record ListLit(List<Node> items) implements Node { }

    record TupleLit(List<Node> items) implements Node { }

    record DictLit(List<Node> keys, List<Node> values) implements Node { }

    /** {@code ns.attr} as an assignment target. */
    record NsRef(String name, String attr) implements Node { }

    // ---- statements
    record Data(String text) implements Node { }

    record Output(Node expr) implements Node { }

    record If(Node test, List<Node> body, List<Node> orElse) implements Node { }

    record For(Node target, Node iter, List<Node> body, List<Node> orElse, Node filter, boolean recursive)
            implements Node { }

    record Assign(Node target, Node value) implements Node { }

    record AssignBlock(Node target, List<Node> body, Filter filter) implements Node { }

    /** A macro; {@code catchVarargs}/{@code catchKwargs} when its body reads {@code varargs}/{@code kwargs}. */
    record Macro(String name, List<String> params, List<Node> defaults, List<Node> body, boolean catchVarargs,
                 boolean catchKwargs) implements Node { }

    record Autoescape(Node enabled, List<Node> body) implements Node { }

    /** {@code {% call(params) macro(args) %}body{% endcall %}}: the body becomes the macro's {@code caller}. */
    record CallBlock(List<String> params, List<Node> defaults, Call call, List<Node> body) implements Node { }

    record FilterBlock(List<Node> body, Filter filter) implements Node { }

    record With(List<Node> targets, List<Node> values, List<Node> body) implements Node { }

    /** A tag that parses but cannot run here (extends, include, import: there is no loader). */
    record NoLoader(String tag) implements Node { }
}
