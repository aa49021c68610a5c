package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bora.expr.yaql.Node.Arg;

/**
 * Precedence-climbing parser reproducing yaql 2.0's non-legacy operator table: binding powers
 * below mirror its levels (member access highest, {@code ->} lowest and right-associative).
 */
final class Parser {
    private static final Map<String, Integer> BINARY = Map.ofEntries(
            Map.entry(".", 110), Map.entry("?.", 110),
            Map.entry("=~", 80), Map.entry("!~", 80),
            Map.entry("*", 70), Map.entry("/", 70), Map.entry("mod", 70),
            Map.entry("+", 60), Map.entry("-", 60),
            Map.entry(">", 50), Map.entry("<", 50), Map.entry(">=", 50), Map.entry("<=", 50),
            Map.entry("!=", 50), Map.entry("=", 50), Map.entry("in", 50),
            Map.entry("and", 30), Map.entry("or", 20), Map.entry("->", 10));
    private static final int INDEXER = 100;
    private static final int UNARY_SIGN = 90;
    private static final int UNARY_NOT = 40;

    /** Deeper nesting is refused rather than risking the stack (a definition, not data, is parsed). */
    private static final int MAX_NESTING = 200;

    private final String src;
    private final List<Token> tokens;
    private int at;
    private int depth;

    private Parser(String src) {
        this.src = src;
        this.tokens = new Lexer(src).tokens();
    }

    static Node parse(String src) {
        Parser p = new Parser(src);
        Node n = p.expression(0);
        Token t = p.peek();
        if (t.kind() != Token.Kind.EOF) {
            throw p.unexpected(t);
        }
        return n;
    }

    static ExpressionException error(String src, int pos, String message) {
        return new ExpressionException(ErrorCategory.PARSE,
                "YAQL parse error at " + (pos + 1) + " in '" + src + "': " + message);
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token take() {
        return tokens.get(at++);
    }

    private ExpressionException unexpected(Token t) {
        if (t.kind() == Token.Kind.EOF) {
            return error(src, t.pos(), "unexpected end of expression");
        }
        return error(src, t.pos(), "unexpected '" + t.text() + "'");
    }

    private Node expression(int minBp) {
        if (++depth > MAX_NESTING) {
            throw error(src, peek().pos(), "expression nested too deeply (more than " + MAX_NESTING + " levels)");
        }
        try {
            return climb(minBp);
        } finally {
            depth--;
        }
    }

    private Node climb(int minBp) {
        Node left = prefix();
        while (true) {
            Token t = peek();
            if (t.isPunct("[") && INDEXER > minBp) {
                take();
                List<Arg> args = args("]");
                left = new Node.Index(left, args, t.pos());
                continue;
            }
            if (t.kind() != Token.Kind.OP) {
                return left;
            }
            Integer bp = BINARY.get(t.text());
            if (bp == null || bp <= minBp) {
                return left;
            }
            take();
            if (t.text().equals("->")) {
                left = new Node.Binary("->", left, expression(bp - 1), t.pos());
            } else if (t.text().equals(".") || t.text().equals("?.")) {
                left = new Node.Dot(left, expression(bp), t.text().equals("?."), t.pos());
            } else {
                left = new Node.Binary(t.text(), left, expression(bp), t.pos());
            }
        }
    }

    private Node prefix() {
        Token t = take();
        switch (t.kind()) {
            case NUMBER, STRING, CONST -> {
                return new Node.Const(t.value(), t.pos());
            }
            case KEYWORD -> {
                return new Node.Keyword(t.text(), t.pos());
            }
            case DOLLAR -> {
                String name = t.text().substring(1);
                return new Node.Var(name.isEmpty() ? "1" : name, t.pos());
            }
            case FUNC -> {
                return new Node.Call((String) t.value(), args(")"), t.pos());
            }
            case OP -> {
                switch (t.text()) {
                    case "-", "+" -> {
                        return new Node.Unary(t.text(), expression(UNARY_SIGN), t.pos());
                    }
                    case "not" -> {
                        return new Node.Unary("not", expression(UNARY_NOT), t.pos());
                    }
                    default -> throw unexpected(t);
                }
            }
            case PUNCT -> {
                switch (t.text()) {
                    case "(" -> {
                        Node inner = expression(0);
                        expect(")");
                        return inner;
                    }
                    case "[" -> {
                        return new Node.ListLit(listItems(t), t.pos());
                    }
                    case "{" -> {
                        return new Node.MapLit(args("}"), t.pos());
                    }
                    default -> throw unexpected(t);
                }
            }
            default -> throw unexpected(t);
        }
    }

    private List<Arg> listItems(Token open) {
        List<Arg> items = args("]");
        if (!items.isEmpty() && items.get(items.size() - 1).value() instanceof Node.Empty e) {
            throw error(src, e.pos(), "unexpected ']'");
        }
        return items;
    }

    private void expect(String punct) {
        Token t = take();
        if (!t.isPunct(punct)) {
            throw t.kind() == Token.Kind.EOF ? unexpected(t) : error(src, t.pos(), "unexpected '" + t.text() + "', expected '" + punct + "'");
        }
    }

    /** Arguments up to the closing bracket: positional, then {@code key => value} pairs. */
    private List<Arg> args(String close) {
        List<Arg> out = new ArrayList<>();
        if (peek().isPunct(close)) {
            take();
            return out;
        }
        boolean named = false;
        while (true) {
            Token t = peek();
            Node value;
            if (t.isPunct(",") || t.isPunct(close)) {
                value = new Node.Empty(t.pos());
                if (named) {
                    throw unexpected(t);
                }
                out.add(new Arg(null, value));
            } else {
                value = expression(0);
                if (peek().isOp("=>")) {
                    take();
                    Node v = expression(0);
                    out.add(new Arg(value, v));
                    named = true;
                } else {
                    if (named) {
                        throw error(src, value.pos(), "positional argument after a named one");
                    }
                    out.add(new Arg(null, value));
                }
            }
            Token sep = take();
            if (sep.isPunct(close)) {
                return out;
            }
            if (!sep.isPunct(",")) {
                throw unexpected(sep);
            }
        }
    }
}
