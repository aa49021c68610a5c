package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.jinja.Node.Kwarg;
import io.bora.expr.jinja.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The expression half of the parser, following Jinja2's grammar and precedence: conditional
 * expression, or, and, not, comparisons (chained, {@code in}, {@code not in}), {@code + -},
 * {@code ~}, {@code * / // %}, {@code **} (left-associative as in Jinja), unary signs binding
 * tighter than {@code **}, then postfix access, calls, filters and tests.
 */
class ExpressionParser {
    final String source;
    final List<Token> tokens;
    int index;

    ExpressionParser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    // ------------------------------------------------------------------ token stream

    Token cur() {
        return tokens.get(index);
    }

    Token look() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    boolean skipOp(String op) {
        if (cur().isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    boolean skipName(String name) {
        if (cur().isName(name)) {
            next();
            return true;
        }
        return false;
    }

    Token expectOp(String op) {
        if (!cur().isOp(op)) {
            throw unexpected("'" + op + "'");
        }
        return next();
    }

    Token expect(Kind kind, String what) {
        if (cur().kind() != kind) {
            throw unexpected("'" + what + "'");
        }
        return next();
    }

    String expectName() {
        return (String) expect(Kind.NAME, "name").value();
    }

    ExpressionException unexpected(String expected) {
        if (cur().kind() == Kind.EOF) {
            return fail("unexpected end of template, expected " + expected + ".");
        }
        return fail("expected token " + expected + ", got '" + cur().describe() + "'");
    }

    ExpressionException fail(String message) {
        return new ExpressionException(ErrorCategory.PARSE,
                "Jinja syntax error at " + cur().pos() + " in '" + source + "': " + message);
    }

    // ------------------------------------------------------------------ expressions

    Node parseExpression(boolean withCondexpr) {
        return withCondexpr ? parseCondexpr() : parseOr();
    }

    Node parseCondexpr() {
        Node expr1 = parseOr();
        while (skipName("if")) {
            Node expr2 = parseOr();
            Node expr3 = skipName("else") ? parseCondexpr() : null;
            expr1 = new Node.CondExpr(expr2, expr1, expr3);
        }
        return expr1;
    }

    Node parseOr() {
        Node left = parseAnd();
        while (skipName("or")) {
            left = new Node.Binary("or", left, parseAnd());
        }
        return left;
    }

    Node parseAnd() {
        Node left = parseNot();
        while (skipName("and")) {
            left = new Node.Binary("and", left, parseNot());
        }
        return left;
    }

    Node parseNot() {
        if (skipName("not")) {
            return new Node.Unary("not", parseNot());
        }
        return parseCompare();
    }

    private static final Set<String> COMPARE_OPS = Set.of("==", "!=", "<", "<=", ">", ">=");

    Node parseCompare() {
        Node first = parseMath1();
        List<String> ops = new ArrayList<>();
        List<Node> operands = new ArrayList<>();
        while (true) {
            Token t = cur();
            if (t.kind() == Kind.OPERATOR && COMPARE_OPS.contains(t.text())) {
                next();
                ops.add(t.text());
            } else if (skipName("in")) {
                ops.add("in");
            } else if (t.isName("not") && look().isName("in")) {
                next();
                next();
                ops.add("not in");
            } else {
                break;
            }
            operands.add(parseMath1());
        }
        return ops.isEmpty() ? first : new Node.Compare(first, ops, operands);
    }

    Node parseMath1() {
        Node left = parseConcat();
        while (cur().isOp("+") || cur().isOp("-")) {
            String op = next().text();
            left = new Node.Binary(op, left, parseConcat());
        }
        return left;
    }

    Node parseConcat() {
        Node left = parseMath2();
        while (skipOp("~")) {
            left = new Node.Binary("~", left, parseMath2());
        }
        return left;
    }

    Node parseMath2() {
        Node left = parsePow();
        while (cur().isOp("*") || cur().isOp("/") || cur().isOp("//") || cur().isOp("%")) {
            String op = next().text();
            left = new Node.Binary(op, left, parsePow());
        }
        return left;
    }

    Node parsePow() {
        Node left = parseUnary(true);
        while (skipOp("**")) {
            left = new Node.Binary("**", left, parseUnary(true));
        }
        return left;
    }

    Node parseUnary(boolean withFilter) {
        Node node;
        if (skipOp("-")) {
            node = new Node.Unary("-", parseUnary(false));
        } else if (skipOp("+")) {
            node = new Node.Unary("+", parseUnary(false));
        } else {
            node = parsePrimary();
        }
        node = parsePostfix(node);
        if (withFilter) {
            node = parseFilterExpr(node);
        }
        return node;
    }

    Node parsePrimary() {
        Token t = cur();
        switch (t.kind()) {
            case NAME -> {
                next();
                return switch (t.text()) {
                    case "true", "True" -> new Node.Const(Boolean.TRUE);
                    case "false", "False" -> new Node.Const(Boolean.FALSE);
                    case "none", "None" -> new Node.Const(null);
                    default -> new Node.Name(t.text());
                };
            }
            case STRING -> {
                StringBuilder sb = new StringBuilder();
                while (cur().kind() == Kind.STRING) {
                    sb.append((String) next().value());
                }
                return new Node.Const(sb.toString());
            }
            case INTEGER, FLOAT -> {
                next();
                return new Node.Const(t.value());
            }
            case OPERATOR -> {
                if (t.isOp("(")) {
                    next();
                    Node node = parseTuple(false, true, Set.of(), true);
                    expectOp(")");
                    return node;
                }
                if (t.isOp("[")) {
                    return parseList();
                }
                if (t.isOp("{")) {
                    return parseDict();
                }
            }
            default -> { }
        }
        throw fail("unexpected '" + t.describe() + "'");
    }

    Node parseTuple(boolean simplified, boolean withCondexpr, Set<String> extraEnd, boolean explicitParens) {
        List<Node> args = new ArrayList<>();
        boolean isTuple = false;
        while (true) {
            if (!args.isEmpty()) {
                expectOp(",");
            }
            if (isTupleEnd(extraEnd)) {
                break;
            }
            args.add(simplified ? parsePrimary() : parseExpression(withCondexpr));
            if (cur().isOp(",")) {
                isTuple = true;
            } else {
                break;
            }
        }
        if (!isTuple) {
            if (!args.isEmpty()) {
                return args.get(0);
            }
            if (!explicitParens) {
                throw fail("Expected an expression, got '" + cur().describe() + "'");
            }
        }
        return new Node.TupleLit(args);
    }

    boolean isTupleEnd(Set<String> extraEnd) {
        Token t = cur();
        return t.kind() == Kind.VAR_END || t.kind() == Kind.BLOCK_END || t.isOp(")")
                || t.kind() == Kind.NAME && extraEnd.contains(t.text());
    }

    Node parseList() {
        expectOp("[");
        List<Node> items = new ArrayList<>();
        while (!cur().isOp("]")) {
            if (!items.isEmpty()) {
                expectOp(",");
            }
            if (cur().isOp("]")) {
                break;
            }
            items.add(parseExpression(true));
        }
        expectOp("]");
        return new Node.ListLit(items);
    }

    Node parseDict() {
        expectOp("{");
        List<Node> keys = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        while (!cur().isOp("}")) {
            if (!keys.isEmpty()) {
                expectOp(",");
            }
            if (cur().isOp("}")) {
                break;
            }
            keys.add(parseExpression(true));
            expectOp(":");
            values.add(parseExpression(true));
        }
        expectOp("}");
        return new Node.DictLit(keys, values);
    }

    Node parsePostfix(Node node) {
        while (true) {
            if (cur().isOp(".") || cur().isOp("[")) {
                node = parseSubscript(node);
            } else if (cur().isOp("(")) {
                node = parseCall(node);
            } else {
                return node;
            }
        }
    }

    Node parseFilterExpr(Node node) {
        while (true) {
            if (cur().isOp("|")) {
                node = parseFilter(node, false);
            } else if (cur().isName("is")) {
                node = parseTest(node);
            } else if (cur().isOp("(")) {
                node = parseCall(node);
            } else {
                return node;
            }
        }
    }

    Node parseSubscript(Node node) {
        Token t = next();
        if (t.isOp(".")) {
            Token attr = cur();
            next();
            if (attr.kind() == Kind.NAME) {
                return new Node.Getattr(node, attr.text());
            }
            if (attr.kind() != Kind.INTEGER) {
                throw fail("expected name or number");
            }
            return new Node.Getitem(node, new Node.Const(attr.value()));
        }
        List<Node> args = new ArrayList<>();
        while (!cur().isOp("]")) {
            if (!args.isEmpty()) {
                expectOp(",");
            }
            args.add(parseSubscribed());
        }
        expectOp("]");
        return new Node.Getitem(node, args.size() == 1 ? args.get(0) : new Node.TupleLit(args));
    }

    Node parseSubscribed() {
        List<Node> args = new ArrayList<>();
        if (skipOp(":")) {
            args.add(null);
        } else {
            Node node = parseExpression(true);
            if (!skipOp(":")) {
                return node;
            }
            args.add(node);
        }
        if (cur().isOp(":")) {
            args.add(null);
        } else if (!cur().isOp("]") && !cur().isOp(",")) {
            args.add(parseExpression(true));
        } else {
            args.add(null);
        }
        if (skipOp(":")) {
            args.add(!cur().isOp("]") && !cur().isOp(",") ? parseExpression(true) : null);
        } else {
            args.add(null);
        }
        return new Node.Slice(args.get(0), args.get(1), args.get(2));
    }

    /** Parsed call arguments: positional, keyword, {@code *args}, {@code **kwargs}. */
    private record Args(List<Node> args, List<Kwarg> kwargs, Node star, Node starStar) { }

    Args parseCallArgs() {
        expectOp("(");
        List<Node> args = new ArrayList<>();
        List<Kwarg> kwargs = new ArrayList<>();
        Node star = null;
        Node starStar = null;
        boolean requireComma = false;
        while (!cur().isOp(")")) {
            if (requireComma) {
                expectOp(",");
                if (cur().isOp(")")) {
                    break;
                }
            }
            if (skipOp("*")) {
                star = parseExpression(true);
            } else if (skipOp("**")) {
                starStar = parseExpression(true);
            } else if (cur().kind() == Kind.NAME && look().isOp("=")) {
                String key = next().text();
                next();
                kwargs.add(new Kwarg(key, parseExpression(true)));
            } else {
                if (star != null || starStar != null || !kwargs.isEmpty()) {
                    throw fail("invalid syntax for function call expression");
                }
                args.add(parseExpression(true));
            }
            requireComma = true;
        }
        expectOp(")");
        return new Args(args, kwargs, star, starStar);
    }

    Node parseCall(Node node) {
        Args a = parseCallArgs();
        return new Node.Call(node, a.args(), a.kwargs(), a.star(), a.starStar());
    }

    Node parseFilter(Node node, boolean startInline) {
        while (cur().isOp("|") || startInline) {
            if (!startInline) {
                next();
            }
            StringBuilder name = new StringBuilder(expectName());
            while (skipOp(".")) {
                name.append('.').append(expectName());
            }
            Args a = cur().isOp("(") ? parseCallArgs() : new Args(List.of(), List.of(), null, null);
            node = new Node.Filter(node, name.toString(), a.args(), a.kwargs(), a.star(), a.starStar());
            startInline = false;
        }
        return node;
    }

    Node parseTest(Node node) {
        next();
        boolean negated = skipName("not");
        StringBuilder name = new StringBuilder(expectName());
        while (skipOp(".")) {
            name.append('.').append(expectName());
        }
        List<Node> args = List.of();
        List<Kwarg> kwargs = List.of();
        Token t = cur();
        if (t.isOp("(")) {
            Args a = parseCallArgs();
            args = a.args();
            kwargs = a.kwargs();
        } else if ((t.kind() == Kind.NAME || t.kind() == Kind.STRING || t.kind() == Kind.INTEGER
                || t.kind() == Kind.FLOAT || t.isOp("(") || t.isOp("[") || t.isOp("{"))
                && !t.isName("else") && !t.isName("or") && !t.isName("and")) {
            if (t.isName("is")) {
                throw fail("You cannot chain multiple tests with is");
            }
            args = List.of(parsePostfix(parsePrimary()));
        }
        return new Node.Test(node, name.toString(), args, kwargs, negated);
    }
}
