package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles Python {@code re} patterns on java.util.regex: named groups {@code (?P<n>..)},
 * {@code (?P=n)}, {@code \Z}, {@code {,n}}, literal {@code [} and {@code &&} inside sets, literal
 * braces that are not quantifiers, Unicode classes, and Python's refusal of {@code \p}. Also
 * expands Python replacement templates ({@code \1}, {@code \g<name>}).
 */
public final class PyRegexTranslator {
    public static final int IGNORECASE = 2;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;

    private static final RegexCache CACHE = new RegexCache();

    private PyRegexTranslator() {
    }

    private static final class RegexCache extends ConcurrentHashMap<String, PyRegex> {
    }

    public static PyRegex compile(String source, int pythonFlags) {
        String key = pythonFlags + ":" + source;
        PyRegex cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        int flags = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE | Pattern.UNIX_LINES;
        if ((pythonFlags & IGNORECASE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((pythonFlags & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((pythonFlags & DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        PyRegex r;
        try {
            r = new PyRegex(source, pythonFlags, Pattern.compile(translate(source), flags));
        } catch (PatternSyntaxException e) {
            throw new ExpressionException(ErrorCategory.VALUE, "re.error: " + e.getDescription() + " at position "
                    + Math.max(0, e.getIndex()));
        }
        if (CACHE.size() > 1000) {
            CACHE.clear();
        }
        CACHE.put(key, r);
        return r;
    }

    private static ExpressionException error(String what, int pos) {
        return new ExpressionException(ErrorCategory.VALUE, "re.error: " + what + " at position " + pos);
    }

    static String translate(String p) {
        StringBuilder out = new StringBuilder(p.length() + 8);
        int n = p.length();
        int i = 0;
        boolean inSet = false;
        int setStart = -1;
        while (i < n) {
            char c = p.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) {
                    throw error("bad escape (end of pattern)", i);
                }
                char e = p.charAt(i + 1);
                if (e == 'p' || e == 'P') {
                    throw error("bad escape \\" + e, i);
                }
                if (e == 'N') {
                    int close = p.indexOf('}', i);
                    if (i + 2 >= n || p.charAt(i + 2) != '{' || close < 0) {
                        throw error("missing {", i);
                    }
                    try {
                        int cp = Character.codePointOf(p.substring(i + 3, close));
                        out.append(String.format("\\x{%x}", cp));
                    } catch (IllegalArgumentException ex) {
                        throw error("undefined character name '" + p.substring(i + 3, close) + "'", i);
                    }
                    i = close + 1;
                    continue;
                }
                if (e == 's' && !inSet) {
                    // Python's \s is str.isspace(), which also covers the separators U+001C..U+001F.
                    out.append("[\\s\\x1c-\\x1f]");
                } else if (e == 's') {
                    out.append("\\s\\x1c-\\x1f");
                } else if (e == 'S' && !inSet) {
                    out.append("[^\\s\\x1c-\\x1f]");
                } else if (e == 'Z' && !inSet) {
                    out.append("\\z");
                } else if (Character.isLetter(e) && "abfnrtvxuUdDsSwWbBAZ0123456789".indexOf(e) < 0 && e < 128) {
                    throw error("bad escape \\" + e, i);
                } else {
                    out.append(c).append(e);
                }
                i += 2;
                continue;
            }
            if (inSet) {
                if (c == ']' && i > setStart + 1 && !(i == setStart + 2 && p.charAt(setStart + 1) == '^')) {
                    inSet = false;
                    out.append(']');
                } else if (c == '[') {
                    out.append("\\[");
                } else if (c == '&' && i + 1 < n && p.charAt(i + 1) == '&') {
                    out.append("\\&");
                } else if (c == ']') {
                    out.append("\\]");
                } else {
                    out.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '[' -> {
                    inSet = true;
                    setStart = i;
                    out.append('[');
                    if (i + 1 < n && p.charAt(i + 1) == '^') {
                        out.append('^');
                        i++;
                    }
                    i++;
                }
                case '(' -> {
                    if (p.startsWith("(?#", i)) {
                        int close = p.indexOf(')', i);
                        if (close < 0) {
                            throw error("missing ), unterminated comment", i);
                        }
                        i = close + 1;
                    } else if (p.startsWith("(?<", i) && !p.startsWith("(?<=", i) && !p.startsWith("(?<!", i)) {
                        throw error("unknown extension ?<" + (i + 3 < n ? p.charAt(i + 3) : ""), i + 1);
                    } else if (p.startsWith("(?P<", i)) {
                        out.append("(?<");
                        i += 4;
                    } else if (p.startsWith("(?P=", i)) {
                        int close = p.indexOf(')', i);
                        if (close < 0) {
                            throw error("missing ), unterminated name", i + 4);
                        }
                        out.append("\\k<").append(p, i + 4, close).append('>');
                        i = close + 1;
                    } else {
                        out.append('(');
                        i++;
                    }
                }
                case '{' -> {
                    Matcher m = QUANT.matcher(p).region(i, n);
                    if (m.lookingAt()) {
                        out.append('{').append(m.group(1).isEmpty() ? "0" : m.group(1));
                        if (m.group(2) != null) {
                            out.append(',').append(m.group(3));
                        }
                        out.append('}');
                        i = m.end();
                    } else {
                        out.append("\\{");
                        i++;
                    }
                }
                case '}' -> {
                    out.append("\\}");
                    i++;
                }
                default -> {
                    out.append(c);
                    i++;
                }
            }
        }
        if (inSet) {
            throw error("unterminated character set", setStart);
        }
        return out.toString();
    }

    private static final Pattern QUANT = Pattern.compile("\\{(\\d*)(,(\\d*))?}");

    /** Python's expansion of a re.sub template against one match. */
    public static String expand(String template, Matcher m) {
        StringBuilder sb = new StringBuilder();
        int n = template.length();
        for (int i = 0; i < n; i++) {
            char c = template.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                continue;
            }
            char e = template.charAt(++i);
            if (e == '0' || isOctal(template, i, 3)) {
                int len = e == '0' ? 1 : 3;
                while (e == '0' && len < 3 && i + len < n && isOctalDigit(template.charAt(i + len))) {
                    len++;
                }
                sb.append((char) Integer.parseInt(template.substring(i, i + len), 8));
                i += len - 1;
            } else if (Character.isDigit(e)) {
                int j = i;
                while (j < n && j < i + 2 && Character.isDigit(template.charAt(j))) {
                    j++;
                }
                sb.append(group(m, Integer.parseInt(template.substring(i, j)), i));
                i = j - 1;
            } else if (e == 'g') {
                int close = template.indexOf('>', i);
                if (i + 1 >= n || template.charAt(i + 1) != '<' || close < 0) {
                    throw error("missing group name", i);
                }
                String name = template.substring(i + 2, close);
                if (name.chars().allMatch(Character::isDigit) && !name.isEmpty()) {
                    sb.append(group(m, Integer.parseInt(name), i));
                } else {
                    try {
                        String g = m.group(name);
                        sb.append(g == null ? "" : g);
                    } catch (IllegalArgumentException ex) {
                        throw new ExpressionException(ErrorCategory.INDEX, "unknown group name '" + name + "'");
                    }
                }
                i = close;
            } else {
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'f' -> sb.append('\f');
                    case 'v' -> sb.append('\u000b');
                    case 'a' -> sb.append('\u0007');
                    case 'b' -> sb.append('\b');
                    case '\\' -> sb.append('\\');
                    default -> {
                        if (Character.isLetter(e) && e < 128) {
                            throw error("bad escape \\" + e, i - 1);
                        }
                        sb.append('\\').append(e);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static boolean isOctalDigit(char c) {
        return c >= '0' && c <= '7';
    }

    private static boolean isOctal(String s, int from, int len) {
        if (from + len > s.length()) {
            return false;
        }
        for (int k = from; k < from + len; k++) {
            if (!isOctalDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static String group(Matcher m, int g, int pos) {
        if (g > m.groupCount()) {
            throw error("invalid group reference " + g, pos);
        }
        String s = m.group(g);
        return s == null ? "" : s;
    }
}
