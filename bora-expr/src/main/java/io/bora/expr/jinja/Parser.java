package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.jinja.Token.Kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parser of whole templates: data, {@code {{ }}} output and the statement tags Jinja2 knows. */
final class Parser extends ExpressionParser {
    private static final Set<String> UNSUPPORTED_TAGS = Set.of("extends", "include", "import", "from");

    private Parser(String source, List<Token> tokens) {
        super(source, tokens);
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
}
