package io.bora.expr.jinja;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a template into data and tag tokens the way Jinja2's lexer does with Mistral's options
 * (trim_blocks, lstrip_blocks, no keep_trailing_newline): whitespace control with {@code -}/{@code +},
 * balanced brackets inside tags (so {@code }}} can close a dict literal), raw blocks and comments.
 */
final class Lexer {
    private static final Pattern FLOAT = Pattern.compile(
            "(\\d+_)*\\d+((\\.(\\d+_)*\\d+)?[eE][+\\-]?(\\d+_)*\\d+|\\.(\\d+_)*\\d+)");
    private static final Pattern INTEGER = Pattern.compile(
            "(?i)(0b(_?[0-1])+|0o(_?[0-7])+|0x(_?[\\da-f])+|[1-9](_?\\d)*|0(_?0)*)");
    private static final Pattern RAW_BEGIN = Pattern.compile("\\G[-+]?\\s*raw\\s*(-?)%}");
    private static final Pattern RAW_END = Pattern.compile("\\{%([-+]?)\\s*endraw\\s*(-?)%}");
    private static final String[] OPERATORS = {
        "//", "**", "==", "!=", "<=", ">=", "+", "-", "*", "/", "%", "~", "<", ">", "=",
        "(", ")", "[", "]", "{", "}", ",", ".", ":", "|", ";"
    };

    private final String src;
    private final List<Token> out = new ArrayList<>();
    private int pos;
    private boolean lineStarting = true;

    private Lexer(String src) {
        this.src = src;
    }

    /** Tokens of a whole template. */
    static List<Token> template(String source) {
        // Jinja normalises newlines and drops one trailing newline (keep_trailing_newline=False)
        String normalized = source.replace("\r\n", "\n").replace('\r', '\n');
        if (normalized.endsWith("\n")) {
            normalized = normalized.substring(0, normalized.length() - 1);
        }
        Lexer lexer = new Lexer(normalized);
        lexer.lexTemplate();
        lexer.out.add(new Token(Token.Kind.EOF, "", null, source.length()));
        return lexer.out;
    }

    /** Tokens of a bare expression (the text inside one {@code {{ }}}). */
    static List<Token> expression(String source) {
        Lexer lexer = new Lexer(source);
        lexer.lexInside(null);
        lexer.out.add(new Token(Token.Kind.EOF, "", null, source.length()));
        return lexer.out;
    }

    private void lexTemplate() {
        int n = src.length();
        while (pos < n) {
            int tag = nextTagStart(pos);
            if (tag < 0) {
                emitData(src.substring(pos), pos);
                return;
            }
            char kind = src.charAt(tag + 1);
            int after = tag + 2;
            char control = after < n ? src.charAt(after) : 0;
            String text = src.substring(pos, tag);
            if (control == '-') {
                text = text.stripTrailing();
            } else if (control != '+' && kind != '{') {
                text = lstripBlock(text);
            }
            emitData(text, pos);
            if (control == '-' || control == '+') {
                after++;
            }
            switch (kind) {
                case '#' -> skipComment(after);
                case '%' -> {
                    Matcher raw = RAW_BEGIN.matcher(src);
                    if (raw.find(tag + 2)) {
                        lexRaw(raw);
                    } else {
                        out.add(new Token(Token.Kind.BLOCK_BEGIN, "{%", null, tag));
                        pos = after;
                        lexInside("%}");
                    }
                }
                default -> {
                    out.add(new Token(Token.Kind.VAR_BEGIN, "{{", null, tag));
                    pos = after;
                    lexInside("}}");
                }
            }
        }
    }

    private int nextTagStart(int from) {
        int i = src.indexOf('{', from);
        while (i >= 0 && i + 1 < src.length()) {
            char c = src.charAt(i + 1);
            if (c == '{' || c == '%' || c == '#') {
                return i;
            }
            i = src.indexOf('{', i + 1);
        }
        return -1;
    }

    /** lstrip_blocks: spaces and tabs between a line start and a block or comment tag go away. */
    private String lstripBlock(String text) {
        int lineStart = text.lastIndexOf('\n') + 1;
        if (lineStart > 0 || lineStarting) {
            for (int i = lineStart; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c != ' ' && c != '\t') {
                    return text;
                }
            }
            return text.substring(0, lineStart);
        }
        return text;
    }

    private void emitData(String text, int at) {
        if (!text.isEmpty()) {
            out.add(new Token(Token.Kind.DATA, text, text, at));
        }
    }

    private void skipComment(int from) {
        int end = src.indexOf("#}", from);
        if (end < 0) {
            throw syntax("Missing end of comment tag", from);
        }
        char last = end > from ? src.charAt(end - 1) : 0;
        pos = end + 2;
        // "-#}" strips the following whitespace, "+#}" keeps the newline trim_blocks would eat
        afterTagEnd(last == '-', last != '+');
    }

    private void lexRaw(Matcher begin) {
        pos = begin.end();
        // Jinja applies trim_blocks after endraw only, not after raw
        afterTagEnd("-".equals(begin.group(1)), false);
        Matcher end = RAW_END.matcher(src);
        if (!end.find(pos)) {
            throw syntax("Missing end of raw directive", pos);
        }
        String body = src.substring(pos, end.start());
        if ("-".equals(end.group(1))) {
            body = body.stripTrailing();
        } else if (!"+".equals(end.group(1))) {
            body = lstripBlock(body);
        }
        emitData(body, pos);
        pos = end.end();
        afterTagEnd("-".equals(end.group(2)), true);
    }

    /** Whitespace handling after a tag end: {@code -} strips all of it, trim_blocks eats one newline. */
    private void afterTagEnd(boolean minus, boolean trim) {
        int start = pos;
        if (minus) {
            while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
        } else if (trim && pos < src.length() && src.charAt(pos) == '\n') {
            pos++;
        }
        lineStarting = pos > start && src.charAt(pos - 1) == '\n';
    }

    /** Lexes the inside of a tag up to {@code end} (null = up to the end of the source). */
    private void lexInside(String end) {
        Deque<Character> balance = new ArrayDeque<>();
        int n = src.length();
        while (true) {
            while (pos < n && Character.isWhitespace(src.charAt(pos))) {
                pos++;
            }
            if (pos >= n) {
                if (end == null) {
                    return;
                }
                throw syntax("unexpected end of template", pos);
            }
            if (end != null && balance.isEmpty()) {
                if (src.startsWith("-" + end, pos) || end.equals("%}") && src.startsWith("+" + end, pos)) {
                    boolean minus = src.charAt(pos) == '-';
                    out.add(endToken(end));
                    pos += 3;
                    afterTagEnd(minus, false);
                    return;
                }
                if (src.startsWith(end, pos)) {
                    out.add(endToken(end));
                    pos += 2;
                    afterTagEnd(false, end.equals("%}"));
                    return;
                }
            }
            char c = src.charAt(pos);
            if (c == '\'' || c == '"') {
                lexString(c);
            } else if (Character.isDigit(c)) {
                lexNumber();
            } else if (Character.isLetter(c) || c == '_') {
                int start = pos;
                while (pos < n && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                String name = src.substring(start, pos);
                out.add(new Token(Token.Kind.NAME, name, name, start));
            } else {
                lexOperator(balance);
            }
        }
    }

    private Token endToken(String end) {
        return end.equals("}}") ? new Token(Token.Kind.VAR_END, "}}", null, pos)
                : new Token(Token.Kind.BLOCK_END, "%}", null, pos);
    }

    private void lexString(char quote) {
        int start = pos;
        StringBuilder raw = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= src.length()) {
                throw syntax("unexpected char \"" + quote + "\" at " + start, start);
            }
            char c = src.charAt(i);
            if (c == '\\' && i + 1 < src.length()) {
                raw.append(c).append(src.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == quote) {
                break;
            }
            raw.append(c);
            i++;
        }
        pos = i + 1;
        String value = PyEscapes.decode(raw.toString());
        out.add(new Token(Token.Kind.STRING, src.substring(start, pos), value, start));
    }

    private void lexNumber() {
        int start = pos;
        boolean afterDot = start > 0 && src.charAt(start - 1) == '.';
        Matcher f = FLOAT.matcher(src).region(pos, src.length());
        if (!afterDot && f.lookingAt()) {
            pos = f.end();
            String text = src.substring(start, pos);
            out.add(new Token(Token.Kind.FLOAT, text, Double.parseDouble(text.replace("_", "")), start));
            return;
        }
        Matcher m = INTEGER.matcher(src).region(pos, src.length());
        if (!m.lookingAt()) {
            throw syntax("unexpected char '" + src.charAt(pos) + "' at " + pos, pos);
        }
        pos = m.end();
        String text = src.substring(start, pos).replace("_", "").toLowerCase();
        BigInteger value;
        if (text.startsWith("0b")) {
            value = new BigInteger(text.substring(2), 2);
        } else if (text.startsWith("0o")) {
            value = new BigInteger(text.substring(2), 8);
        } else if (text.startsWith("0x")) {
            value = new BigInteger(text.substring(2), 16);
        } else {
            value = new BigInteger(text);
        }
        out.add(new Token(Token.Kind.INTEGER, src.substring(start, pos), PyNum.normalize(value), start));
    }

    private void lexOperator(Deque<Character> balance) {
        for (String op : OPERATORS) {
            if (src.startsWith(op, pos)) {
                char c = op.charAt(0);
                if (op.length() == 1 && (c == '(' || c == '[' || c == '{')) {
                    balance.push(c);
                } else if (op.length() == 1 && (c == ')' || c == ']' || c == '}')) {
                    char open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (balance.isEmpty()) {
                        throw syntax("unexpected '" + c + "'", pos);
                    }
                    char top = balance.pop();
                    if (top != open) {
                        throw syntax("unexpected '" + c + "', expected '" + closing(top) + "'", pos);
                    }
                }
                out.add(new Token(Token.Kind.OPERATOR, op, op, pos));
                pos += op.length();
                return;
            }
        }
        throw syntax("unexpected char '" + src.charAt(pos) + "' at " + pos, pos);
    }

    private static char closing(char open) {
        return open == '(' ? ')' : open == '[' ? ']' : '}';
    }

    private ExpressionException syntax(String message, int at) {
        return new ExpressionException(ErrorCategory.PARSE,
                "Jinja syntax error at " + at + " in '" + src + "': " + message);
    }
}
