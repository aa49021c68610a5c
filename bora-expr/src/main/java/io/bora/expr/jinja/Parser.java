package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.jinja.Node.Kwarg;
import io.bora.expr.jinja.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser following Jinja2's grammar and precedence: conditional expression,
 * or, and, not, comparisons (chained, {@code in}, {@code not in}), {@code + -}, {@code ~},
 * {@code * / // %}, {@code **} (left-associative as in Jinja), unary signs binding tighter
 * than {@code **}, then postfix access, calls, filters and tests.
 */
final class Parser {
    private static final Set<String> UNSUPPORTED_TAGS = Set.of("extends", "include", "import", "from");

    private final String source;
    private final List<Token> tokens;
    private int index;

    private Parser(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** Parses a whole template into its statement list. */
    static List<Node> template(String source) {
        Parser p = new Parser(source, Lexer.template(source));
        return p.subparse(null);
    }

    /** Parses one bare expression, as Jinja's {@code compile_expression} does. */
    static Node expression(String source) {
        Parser p = new Parser(source, Lexer.expression(source));
        Node node = p.parseExpression(true);
        if (p.cur().kind() != Kind.EOF) {
            throw p.fail("chunk after expression");
        }
        return node;
    }

    // ------------------------------------------------------------------ token stream

    private Token cur() {
        return tokens.get(index);
    }

    private Token look() {
        return tokens.get(Math.min(index + 1, tokens.size() - 1));
    }

    private Token next() {
        Token t = tokens.get(index);
        if (index < tokens.size() - 1) {
            index++;
        }
        return t;
    }

    private boolean skipOp(String op) {
        if (cur().isOp(op)) {
            next();
            return true;
        }
        return false;
    }

    private boolean skipName(String name) {
        if (cur().isName(name)) {
            next();
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!cur().isOp(op)) {
            throw unexpected("'" + op + "'");
        }
        return next();
    }

    private Token expect(Kind kind, String what) {
        if (cur().kind() != kind) {
            throw unexpected("'" + what + "'");
        }
        return next();
    }

    private String expectName() {
        return (String) expect(Kind.NAME, "name").value();
    }

    private ExpressionException unexpected(String expected) {
        if (cur().kind() == Kind.EOF) {
            return fail("unexpected end of template, expected " + expected + ".");
        }
        return fail("expected token " + expected + ", got '" + cur().describe() + "'");
    }

    private ExpressionException fail(String message) {
        return new ExpressionException(ErrorCategory.PARSE,
                "Jinja syntax error at " + cur().pos() + " in '" + source + "': " + message);
    }

    // ------------------------------------------------------------------ statements

    private List<Node> subparse(Set<String> endTags) {
        List<Node> body = new ArrayList<>();
        while (cur().kind() != Kind.EOF) {
            Token t = cur();
            switch (t.kind()) {
                case DATA -> {
                    next();
                    body.add(new Node.Data(t.text()));
                }
                case VAR_BEGIN -> {
                    next();
                    body.add(new Node.Output(parseTuple(false, true, Set.of(), false)));
                    expect(Kind.VAR_END, "end of print statement");
                }
                case BLOCK_BEGIN -> {
                    next();
                    if (endTags != null && cur().kind() == Kind.NAME && endTags.contains(cur().text())) {
                        return body;
                    }
                    body.add(parseStatement());
                    expect(Kind.BLOCK_END, "end of statement block");
                }
                default -> throw fail("internal parser error at " + t.describe());
            }
        }
        if (endTags != null) {
            throw fail("Unexpected end of template. Jinja was looking for the following tags: "
                    + String.join(" or ", endTags.stream().sorted().map(s -> "'" + s + "'").toList()) + ".");
        }
        return body;
    }

    private List<Node> parseStatements(Set<String> endTags, boolean dropNeedle) {
        skipOp(":");
        expect(Kind.BLOCK_END, "end of statement block");
        List<Node> body = subparse(endTags);
        if (dropNeedle) {
            next();
        }
        return body;
    }

    private Node parseStatement() {
        Token t = cur();
        if (t.kind() != Kind.NAME) {
            throw fail("tag name expected");
        }
        String tag = t.text();
        if (UNSUPPORTED_TAGS.contains(tag)) {
            while (cur().kind() != Kind.BLOCK_END && cur().kind() != Kind.EOF) {
                next();
            }
            return new Node.NoLoader(tag);
        }
        return switch (tag) {
            case "if" -> {
                next();
                yield parseIfRest();
            }
            case "for" -> parseFor();
            case "set" -> parseSet();
            case "macro" -> parseMacro();
            case "filter" -> parseFilterBlock();
            case "call" -> parseCallBlock();
            case "with" -> parseWith();
            case "print" -> {
                next();
                yield new Node.Output(parseTuple(false, true, Set.of(), false));
            }
            case "block" -> {
                next();
                expectName();
                List<Node> body = parseStatements(Set.of("endblock"), true);
                if (cur().kind() == Kind.NAME) {
                    next();
                }
                yield new Node.With(List.of(), List.of(), body);
            }
            case "autoescape" -> {
                next();
                Node enabled = parseExpression(true);
                yield new Node.Autoescape(enabled, parseStatements(Set.of("endautoescape"), true));
            }
            default -> throw fail("Encountered unknown tag '" + tag + "'.");
        };
    }

    /** The test, body and branches after {@code if} or {@code elif}. */
    private Node parseIfRest() {
        Node test = parseTuple(false, false, Set.of(), false);
        List<Node> body = parseStatements(Set.of("elif", "else", "endif"), false);
        String needle = next().text();
        List<Node> orElse = List.of();
        if (needle.equals("elif")) {
            orElse = List.of(parseIfRest());
        } else if (needle.equals("else")) {
            orElse = parseStatements(Set.of("endif"), true);
        }
        return new Node.If(test, body, orElse);
    }

    private Node parseFor() {
        next();
        Node target = parseAssignTarget(true, false, Set.of("in"));
        if (target instanceof Node.Name n && n.name().equals("loop") || target instanceof Node.TupleLit t
                && t.items().stream().anyMatch(x -> x instanceof Node.Name n && n.name().equals("loop"))) {
            throw new ExpressionException(ErrorCategory.NO_FUNCTION,
                    "Can't assign to special loop variable in for-loop target");
        }
        if (!skipName("in")) {
            throw unexpected("'in'");
        }
        Node iter = parseTuple(false, false, Set.of("recursive"), false);
        Node filter = null;
        if (skipName("if")) {
            filter = parseExpression(true);
        }
        boolean recursive = skipName("recursive");
        List<Node> body = parseStatements(Set.of("endfor", "else"), false);
        List<Node> orElse = List.of();
        if (next().text().equals("else")) {
            orElse = parseStatements(Set.of("endfor"), true);
        }
        return new Node.For(target, iter, body, orElse, filter, recursive);
    }

    private Node parseSet() {
        next();
        Node target = parseAssignTarget(true, true, Set.of());
        if (skipOp("=")) {
            return new Node.Assign(target, parseTuple(false, true, Set.of(), false));
        }
        Node.Filter filter = cur().isOp("|") ? (Node.Filter) parseFilter(null, false) : null;
        List<Node> body = parseStatements(Set.of("endset"), true);
        return new Node.AssignBlock(target, body, filter);
    }

    private Node parseCallBlock() {
        next();
        List<String> params = new ArrayList<>();
        List<Node> defaults = new ArrayList<>();
        if (cur().isOp("(")) {
            parseSignature(params, defaults);
        }
        Node call = parseExpression(true);
        if (!(call instanceof Node.Call c)) {
            throw fail("expected call");
        }
        List<Node> body = parseStatements(Set.of("endcall"), true);
        return new Node.CallBlock(params, defaults, c, body);
    }

    private Node parseMacro() {
        next();
        String name = expectName();
        List<String> params = new ArrayList<>();
        List<Node> defaults = new ArrayList<>();
        parseSignature(params, defaults);
        int bodyStart = index;
        List<Node> body = parseStatements(Set.of("endmacro"), true);
        boolean varargs = false;
        boolean kwargs = false;
        for (int i = bodyStart; i < index; i++) {
            varargs |= tokens.get(i).isName("varargs");
            kwargs |= tokens.get(i).isName("kwargs");
        }
        return new Node.Macro(name, params, defaults, body, varargs, kwargs);
    }

    private void parseSignature(List<String> params, List<Node> defaults) {
        expectOp("(");
        while (!cur().isOp(")")) {
            if (!params.isEmpty()) {
                expectOp(",");
            }
            params.add(expectName());
            if (skipOp("=")) {
                defaults.add(parseExpression(true));
            } else if (!defaults.isEmpty()) {
                throw fail("non-default argument follows default argument");
            }
        }
        expectOp(")");
    }

    private Node parseFilterBlock() {
        next();
        Node.Filter filter = (Node.Filter) parseFilter(null, true);
        List<Node> body = parseStatements(Set.of("endfilter"), true);
        return new Node.FilterBlock(body, filter);
    }

    private Node parseWith() {
        next();
        List<Node> targets = new ArrayList<>();
        List<Node> values = new ArrayList<>();
        while (cur().kind() != Kind.BLOCK_END) {
            if (!targets.isEmpty()) {
                expectOp(",");
            }
            targets.add(parseAssignTarget(true, false, Set.of()));
            expectOp("=");
            values.add(parseExpression(true));
        }
        List<Node> body = parseStatements(Set.of("endwith"), true);
        return new Node.With(targets, values, body);
    }

    private Node parseAssignTarget(boolean withTuple, boolean withNamespace, Set<String> extraEnd) {
        if (withNamespace && look().isOp(".")) {
            String ns = expectName();
            next();
            return new Node.NsRef(ns, expectName());
        }
        Node target = withTuple ? parseTuple(true, true, extraEnd, false) : parsePrimary();
        checkAssignable(target);
        return target;
    }

    private void checkAssignable(Node target) {
        if (target instanceof Node.TupleLit t) {
            t.items().forEach(this::checkAssignable);
        } else if (!(target instanceof Node.Name)) {
            throw fail("can't assign to '" + target.getClass().getSimpleName().toLowerCase() + "'");
        }
    }

    // ------------------------------------------------------------------ expressions

    private Node parseExpression(boolean withCondexpr) {
        return withCondexpr ? parseCondexpr() : parseOr();
    }

    private Node parseCondexpr() {
        Node expr1 = parseOr();
        while (skipName("if")) {
            Node expr2 = parseOr();
            Node expr3 = skipName("else") ? parseCondexpr() : null;
            expr1 = new Node.CondExpr(expr2, expr1, expr3);
        }
        return expr1;
    }

    private Node parseOr() {
        Node left = parseAnd();
        while (skipName("or")) {
            left = new Node.Binary("or", left, parseAnd());
        }
        return left;
    }

    private Node parseAnd() {
        Node left = parseNot();
        while (skipName("and")) {
            left = new Node.Binary("and", left, parseNot());
        }
        return left;
    }

    private Node parseNot() {
        if (skipName("not")) {
            return new Node.Unary("not", parseNot());
        }
        return parseCompare();
    }

    private static final Set<String> COMPARE_OPS = Set.of("==", "!=", "<", "<=", ">", ">=");

    private Node parseCompare() {
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

    private Node parseMath1() {
        Node left = parseConcat();
        while (cur().isOp("+") || cur().isOp("-")) {
            String op = next().text();
            left = new Node.Binary(op, left, parseConcat());
        }
        return left;
    }

    private Node parseConcat() {
        Node left = parseMath2();
        while (skipOp("~")) {
            left = new Node.Binary("~", left, parseMath2());
        }
        return left;
    }

    private Node parseMath2() {
        Node left = parsePow();
        while (cur().isOp("*") || cur().isOp("/") || cur().isOp("//") || cur().isOp("%")) {
            String op = next().text();
            left = new Node.Binary(op, left, parsePow());
        }
        return left;
    }

    private Node parsePow() {
        Node left = parseUnary(true);
        while (skipOp("**")) {
            left = new Node.Binary("**", left, parseUnary(true));
        }
        return left;
    }

    private Node parseUnary(boolean withFilter) {
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

    private Node parsePrimary() {
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

    private Node parseTuple(boolean simplified, boolean withCondexpr, Set<String> extraEnd, boolean explicitParens) {
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

    private boolean isTupleEnd(Set<String> extraEnd) {
        Token t = cur();
        return t.kind() == Kind.VAR_END || t.kind() == Kind.BLOCK_END || t.isOp(")")
                || t.kind() == Kind.NAME && extraEnd.contains(t.text());
    }

    private Node parseList() {
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

    private Node parseDict() {
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

    private Node parsePostfix(Node node) {
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

    private Node parseFilterExpr(Node node) {
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

    private Node parseSubscript(Node node) {
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

    private Node parseSubscribed() {
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

    private Args parseCallArgs() {
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

    private Node parseCall(Node node) {
        Args a = parseCallArgs();
        return new Node.Call(node, a.args(), a.kwargs(), a.star(), a.starStar());
    }

    private Node parseFilter(Node node, boolean startInline) {
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

    private Node parseTest(Node node) {
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
