package io.bora.expr.yaql;

import io.bora.expr.value.Py;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAQL's lexer: at each position the token rules are tried in yaql's order and the first match
 * wins (not the longest), with Python's Unicode-aware {@code \w}, {@code \d} and {@code \b}.
 */
final class Lexer {
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern DOLLAR = Pattern.compile("\\$\\w*", FLAGS);
    private static final Pattern NUMBER = Pattern.compile("\\b\\d+(\\.?\\d+)?\\b", FLAGS);
    private static final Pattern FUNC = Pattern.compile("\\b[^\\W\\d]\\w*\\(", FLAGS);
    private static final Pattern KEYWORD = Pattern.compile("(?!__)\\b[^\\W\\d]\\w*\\b", FLAGS);
    private static final Pattern SQ = Pattern.compile("'([^'\\\\]|\\\\.)*'", FLAGS | Pattern.DOTALL);
    private static final Pattern DQ = Pattern.compile("\"([^\"\\\\]|\\\\.)*\"", FLAGS | Pattern.DOTALL);
    private static final Pattern BQ = Pattern.compile("`([^`\\\\]|\\\\.)*`", FLAGS | Pattern.DOTALL);
    private static final String[] OPS = {"?.", "->", "=>", "!=", "!~", "=~", ">=", "<=",
        ".", "+", "-", "*", "/", ">", "<", "="};
    private static final String PUNCT = "()[]{},";
    private static final Set<String> WORD_OPS = Set.of("and", "or", "not", "in", "mod");

    private final String src;

    Lexer(String src) {
        this.src = src;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = src.length();
        while (true) {
            while (i < n && " \t\r\n".indexOf(src.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                out.add(new Token(Token.Kind.EOF, "", null, n));
                return out;
            }
            Token t = next(i);
            out.add(t);
            i = t.pos() + t.text().length();
        }
    }

    private Token next(int i) {
        String m;
        if ((m = match(DOLLAR, i)) != null) {
            return new Token(Token.Kind.DOLLAR, m, null, i);
        }
        if ((m = match(NUMBER, i)) != null) {
            Object v = m.contains(".") ? (Object) Double.parseDouble(m) : Py.normalize(new BigInteger(toAsciiDigits(m)));
            return new Token(Token.Kind.NUMBER, m, v, i);
        }
        if ((m = match(FUNC, i)) != null) {
            return new Token(Token.Kind.FUNC, m, m.substring(0, m.length() - 1), i);
        }
        if ((m = match(KEYWORD, i)) != null) {
            if (WORD_OPS.contains(m)) {
                return new Token(Token.Kind.OP, m, null, i);
            }
            return switch (m) {
                case "true" -> new Token(Token.Kind.CONST, m, Boolean.TRUE, i);
                case "false" -> new Token(Token.Kind.CONST, m, Boolean.FALSE, i);
                case "null" -> new Token(Token.Kind.CONST, m, null, i);
                default -> new Token(Token.Kind.KEYWORD, m, m, i);
            };
        }
        if ((m = match(SQ, i)) != null || (m = match(DQ, i)) != null) {
            return new Token(Token.Kind.STRING, m, StringEscapes.decode(m.substring(1, m.length() - 1)), i);
        }
        if ((m = match(BQ, i)) != null) {
            return new Token(Token.Kind.STRING, m, m.substring(1, m.length() - 1).replace("\\`", "`"), i);
        }
        for (String op : OPS) {
            if (src.startsWith(op, i)) {
                return new Token(Token.Kind.OP, op, null, i);
            }
        }
        char c = src.charAt(i);
        if (PUNCT.indexOf(c) >= 0) {
            return new Token(Token.Kind.PUNCT, String.valueOf(c), null, i);
        }
        throw Parser.error(src, i, "Lexical error: illegal character '" + c + "'");
    }

    private String match(Pattern p, int i) {
        Matcher m = p.matcher(src);
        m.region(i, src.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m.lookingAt() ? m.group() : null;
    }

    private static String toAsciiDigits(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> sb.append(Character.digit(cp, 10)));
        return sb.toString();
    }
}
