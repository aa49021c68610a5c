package io.bora.expr.jinja;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jinja2's string and number filters. */
final class TextFilters {
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD_BEGINNING = Pattern.compile("([-\\s({\\[<]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TAGS = Pattern.compile("(<!--.*?-->|<[^>]*>)", Pattern.DOTALL);

    private TextFilters() {
    }

    static void register(Map<String, Filters.FilterFn> f) {
        f.put("upper", (rt, v, a) -> PyStrings.upper(PyText.str(v)));
        f.put("lower", (rt, v, a) -> PyStrings.lower(PyText.str(v)));
        f.put("capitalize", (rt, v, a) -> PyStrings.capitalize(PyText.str(v)));
        f.put("title", (rt, v, a) -> title(PyText.str(v)));
        f.put("trim", (rt, v, a) -> PyStrings.strip(PyText.str(v), a.str(0, "chars", null), true, true));
        f.put("string", (rt, v, a) -> PyText.str(v));
        f.put("safe", (rt, v, a) -> new Markup(PyText.str(v)));
        f.put("escape", (rt, v, a) -> v instanceof Markup ? v : new Markup(escape(PyText.str(v))));
        f.put("e", (rt, v, a) -> v instanceof Markup ? v : new Markup(escape(PyText.str(v))));
        f.put("forceescape", (rt, v, a) -> new Markup(escape(PyText.str(v))));
        f.put("pprint", (rt, v, a) -> PyText.repr(sortedDicts(v)));
        f.put("center", (rt, v, a) -> PyStrings.center(PyText.str(v), a.integer(0, "width", 80), " "));
        f.put("replace", (rt, v, a) -> {
            Object count = a.get(2, "count", null);
            return PyStrings.replace(PyText.str(v), PyText.str(a.required(0, "old")), PyText.str(a.required(1, "new")),
                    count == null ? -1 : a.integer(2, "count", -1));
        });
        f.put("wordcount", (rt, v, a) -> {
            Matcher m = WORD.matcher(PyText.str(v));
            long n = 0;
            while (m.find()) {
                n++;
            }
            return n;
        });
        f.put("truncate", TextFilters::truncate);
        f.put("urlize", (rt, v, a) -> {
            Object limit = a.get(0, "trim_url_limit", null);
            return Urlize.urlize(PyText.str(v), limit == null ? null : a.integer(0, "trim_url_limit", 0),
                    a.bool(1, "nofollow", false), a.str(2, "target", null), a.str(3, "rel", null));
        });
        f.put("wordwrap", (rt, v, a) -> WordWrap.wrap(PyText.str(v), a.integer(0, "width", 79),
                a.bool(1, "break_long_words", true), a.str(2, "wrapstring", "\n"), a.bool(3, "break_on_hyphens", true)));
        f.put("indent", TextFilters::indent);
        f.put("striptags", (rt, v, a) -> unescapeEntities(
                String.join(" ", PyStrings.split(TAGS.matcher(PyText.str(v)).replaceAll(""), null, -1)
                        .stream().map(Object::toString).toList())));
        f.put("format", TextFilters::format);
        f.put("abs", (rt, v, a) -> {
            if (PyNum.isInt(v)) {
                return PyNum.normalize(PyNum.big(v).abs());
            }
            if (PyNum.isFloat(v)) {
                return Math.abs(PyNum.dbl(v));
            }
            throw PyErrors.type("bad operand type for abs(): '" + PyText.typeName(v) + "'");
        });
        f.put("int", TextFilters::toInt);
        f.put("float", (rt, v, a) -> {
            Object dflt = a.get(0, "default", 0.0);
            try {
                return PyConvert.toFloat(v);
            } catch (io.bora.expr.ExpressionException e) {
                return dflt;
            }
        });
        f.put("round", TextFilters::round);
        f.put("filesizeformat", TextFilters::filesizeformat);
        f.put("tojson", (rt, v, a) -> JsonText.dump(v, true, a.has(0, "indent") ? a.integer(0, "indent", 0) : -1, true)
                .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("'", "\\u0027"));
        f.put("urlencode", TextFilters::urlencode);
        f.put("xmlattr", (rt, v, a) -> {
            if (!(v instanceof Map<?, ?> m)) {
                throw PyErrors.attribute("'" + PyText.typeName(v) + "' object has no attribute 'items'");
            }
            StringBuilder sb = new StringBuilder();
            m.forEach((k, val) -> {
                if (val != null && !(val instanceof Undefined)) {
                    if (!sb.isEmpty()) {
                        sb.append(' ');
                    }
                    sb.append(escape(PyText.str(k))).append("=\"").append(escape(PyText.str(val))).append('"');
                }
            });
            return sb.isEmpty() || !a.bool(0, "autospace", true) ? sb.toString() : " " + sb;
        });
    }

    /** Jinja's title filter: upper-cases the first character after whitespace, dashes and brackets. */
    private static String title(String s) {
        StringBuilder sb = new StringBuilder();
        Matcher m = WORD_BEGINNING.matcher(s);
        int last = 0;
        while (m.find()) {
            appendWord(sb, s.substring(last, m.start()));
            sb.append(m.group());
            last = m.end();
        }
        appendWord(sb, s.substring(last));
        return sb.toString();
    }

    private static void appendWord(StringBuilder sb, String word) {
        if (word.isEmpty()) {
            return;
        }
        int first = word.codePointAt(0);
        sb.append(PyStrings.upper(new String(Character.toChars(first))))
                .append(PyStrings.lower(word.substring(Character.charCount(first))));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String unescapeEntities(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** pprint sorts dict keys; this copies dicts with their keys in sorted order. */
    private static Object sortedDicts(Object v) {
        if (v instanceof Map<?, ?> m) {
            Map<Object, Object> sorted = new TreeMap<>((x, y) -> PyOps.compare(x, y, "<"));
            m.forEach((k, val) -> sorted.put(k, sortedDicts(val)));
            return new java.util.LinkedHashMap<>(sorted);
        }
        if (v instanceof PyTuple t) {
            return new PyTuple(t.stream().map(TextFilters::sortedDicts).toList());
        }
        if (v instanceof List<?> l && !(v instanceof PyRange)) {
            return new java.util.ArrayList<>(l.stream().map(TextFilters::sortedDicts).toList());
        }
        return v;
    }

    private static Object truncate(Evaluation rt, Object v, CallArgs a) {
        String s = PyText.str(v);
        int length = a.integer(0, "length", 255);
        boolean killwords = a.bool(1, "killwords", false);
        String end = a.str(2, "end", "...");
        Object leewayArg = a.get(3, "leeway", null);
        int leeway = leewayArg == null ? 5 : a.integer(3, "leeway", 5);
        int endLen = PyStrings.length(end);
        if (length < endLen) {
            throw new io.bora.expr.ExpressionException(io.bora.expr.ErrorCategory.ASSERTION,
                    "expected length >= " + endLen + ", got " + length);
        }
        if (leeway < 0) {
            throw new io.bora.expr.ExpressionException(io.bora.expr.ErrorCategory.ASSERTION,
                    "expected leeway >= 0, got " + leeway);
        }
        if (PyStrings.length(s) <= length + leeway) {
            return s;
        }
        String head = PyStrings.slice(s, 0, length - endLen);
        if (killwords) {
            return head + end;
        }
        int space = head.lastIndexOf(' ');
        return (space < 0 ? head : head.substring(0, space)) + end;
    }

    private static Object indent(Evaluation rt, Object v, CallArgs a) {
        Object width = a.get(0, "width", 4L);
        String indention = width instanceof String w ? w : " ".repeat(a.integer(0, "width", 4));
        boolean first = a.bool(1, "first", false);
        boolean blank = a.bool(2, "blank", false);
        String s = PyText.str(v) + "\n";
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) PyMethods.invoke(s, "splitlines", List.of(), Map.of());
        StringBuilder rv = new StringBuilder();
        if (blank) {
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    rv.append('\n').append(indention);
                }
                rv.append(lines.get(i));
            }
        } else {
            rv.append(lines.isEmpty() ? "" : (String) lines.get(0));
            for (int i = 1; i < lines.size(); i++) {
                String line = (String) lines.get(i);
                rv.append('\n').append(line.isEmpty() ? line : indention + line);
            }
        }
        return first ? indention + rv : rv.toString();
    }

    private static Object format(Evaluation rt, Object v, CallArgs a) {
        if (!a.pos().isEmpty() && !a.kw().isEmpty()) {
            throw PyErrors.noFunction("can't handle positional and keyword arguments at the same time");
        }
        Object args = a.kw().isEmpty() ? new PyTuple(a.pos()) : new java.util.LinkedHashMap<Object, Object>(a.kw());
        return PyFormat.percent(PyText.str(v), args);
    }

    private static Object toInt(Evaluation rt, Object v, CallArgs a) {
        Object dflt = a.get(0, "default", 0L);
        int base = a.integer(1, "base", 10);
        try {
            if (v instanceof String s) {
                return PyConvert.parseInt(s, base);
            }
            return PyConvert.toInt(v);
        } catch (io.bora.expr.ExpressionException e) {
            try {
                Object f = PyConvert.toFloat(v);
                return PyNum.truncate(PyNum.dbl(f));
            } catch (io.bora.expr.ExpressionException e2) {
                return dflt;
            }
        }
    }

    private static Object round(Evaluation rt, Object v, CallArgs a) {
        int precision = a.integer(0, "precision", 0);
        String method = a.str(1, "method", "common");
        if (!PyNum.isNumber(v)) {
            throw PyErrors.type("type " + PyText.typeName(v) + " doesn't define __round__ method");
        }
        switch (method) {
            case "common" -> {
                if (PyNum.isInt(v)) {
                    if (precision >= 0) {
                        return PyNum.intValue(v);
                    }
                    BigInteger unit = BigInteger.TEN.pow(-precision);
                    java.math.BigDecimal q = new java.math.BigDecimal(PyNum.big(v))
                            .divide(new java.math.BigDecimal(unit)).setScale(0, java.math.RoundingMode.HALF_EVEN);
                    return PyNum.normalize(q.toBigInteger().multiply(unit));
                }
                return PyOps.roundHalfEven(PyNum.dbl(v), precision);
            }
            case "ceil", "floor" -> {
                double scale = Math.pow(10, precision);
                double x = PyNum.dbl(v) * scale;
                double r = method.equals("ceil") ? Math.ceil(x) : Math.floor(x);
                return r / scale;
            }
            default -> throw PyErrors.noFunction("method must be common, ceil or floor");
        }
    }

    private static Object filesizeformat(Evaluation rt, Object v, CallArgs a) {
        double bytes = PyNum.dbl(PyConvert.toFloat(v));
        boolean binary = a.bool(0, "binary", false);
        int base = binary ? 1024 : 1000;
        String[] prefixes = binary
                ? new String[] {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"}
                : new String[] {"kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
        if (bytes == 1) {
            return "1 Byte";
        }
        if (bytes < base) {
            return PyNum.truncate(bytes) + " Bytes";
        }
        double unit = 0;
        String prefix = prefixes[0];
        for (int i = 0; i < prefixes.length; i++) {
            unit = Math.pow(base, i + 2);
            prefix = prefixes[i];
            if (bytes < unit) {
                break;
            }
        }
        return FormatSpec.fixed(base * bytes / unit, 1) + " " + prefix;
    }

    private static Object urlencode(Evaluation rt, Object v, CallArgs a) {
        if (v instanceof String || !PyOps.isIterable(v)) {
            return quote(PyText.str(v), false);
        }
        List<Object> pairs = v instanceof Map<?, ?> m
                ? m.entrySet().stream().map(e -> (Object) PyTuple.of(e.getKey(), e.getValue())).toList()
                : PyOps.iterate(v);
        StringBuilder sb = new StringBuilder();
        for (Object pair : pairs) {
            List<Object> kv = PyOps.iterate(pair);
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(quote(PyText.str(kv.get(0)), true)).append('=').append(quote(PyText.str(kv.get(1)), true));
        }
        return sb.toString();
    }

    private static String quote(String s, boolean forQuery) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-' || c == '~' || c == '/' && !forQuery) {
                sb.append((char) c);
            } else if (c == ' ' && forQuery) {
                sb.append('+');
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }
}
