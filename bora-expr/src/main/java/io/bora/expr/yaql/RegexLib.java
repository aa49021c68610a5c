package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyRegex;
import io.bora.expr.value.PyRegexTranslator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** Python {@code re} functions (spec §8.5). */
final class RegexLib {
    private RegexLib() {
    }

    static PyRegex compile(String pattern, int flags) {
        return PyRegexTranslator.compile(pattern, flags);
    }

    static void register(Registry r) {
        r.add("regex", "F", "pattern:str, ignoreCase:bool?=false, multiLine:bool?=false, dotAll:bool?=false", a -> {
            int flags = (a.bool(1) ? PyRegexTranslator.IGNORECASE : 0) | (a.bool(2) ? PyRegexTranslator.MULTILINE : 0)
                    | (a.bool(3) ? PyRegexTranslator.DOTALL : 0);
            return compile(a.str(0), flags);
        });
        r.add("matches", "M", "string:str, regexp:str", a -> compile(a.str(1), 0).pattern().matcher(a.str(0)).find());
        r.add("matches", "M", "regexp:re, string:str", a -> re(a, 0).pattern().matcher(a.str(1)).find());
        r.add("search", "M", "regexp:re, string:str, selector:lambda=null", a -> {
            Matcher m = re(a, 0).pattern().matcher(a.str(1));
            if (!m.find()) {
                return null;
            }
            return select(m, a.str(1), (Lambda) a.get(2));
        });
        r.add("searchAll", "M", "regexp:re, string:str, selector:lambda=null", a -> {
            Matcher m = re(a, 0).pattern().matcher(a.str(1));
            List<Object> out = new ArrayList<>();
            while (m.find()) {
                out.add(select(m, a.str(1), (Lambda) a.get(2)));
            }
            return out;
        });
        r.add("split", "M", "string:str, regexp:re, maxSplit:int=0", a -> split(re(a, 1), a.str(0), a.integer(2)));
        r.add("split", "M", "regexp:re, string:str, maxSplit:int=0", a -> split(re(a, 0), a.str(1), a.integer(2)));
        r.add("replace", "M", "regexp:re, string:str, repl:str, count:int=0",
                a -> sub(re(a, 0), a.str(1), m -> PyRegexTranslator.expand(a.str(2), m), a.integer(3)));
        r.add("replace", "M", "string:str, regexp:re, repl:str, count:int=0",
                a -> sub(re(a, 1), a.str(0), m -> PyRegexTranslator.expand(a.str(2), m), a.integer(3)));
        r.add("replaceBy", "M", "string:str, regexp:re, repl:lambda, count:int=0",
                a -> sub(re(a, 1), a.str(0), m -> replacement(m, a.str(0), a.lambda(2)), a.integer(3)));
        r.add("replaceBy", "M", "regexp:re, string:str, repl:lambda, count:int=0",
                a -> sub(re(a, 0), a.str(1), m -> replacement(m, a.str(1), a.lambda(2)), a.integer(3)));
        r.add("escapeRegex", "F", "string:str", a -> escape(a.str(0)));
    }

    private static PyRegex re(Args a, int i) {
        return (PyRegex) a.get(i);
    }

    private static String replacement(Matcher m, String s, Lambda fn) {
        Object v = bindGroups(m, s, fn);
        if (!(v instanceof String str)) {
            throw new ExpressionException(ErrorCategory.TYPE, "expected str instance, " + Py.typeName(v) + " found");
        }
        return str;
    }

    private static Object select(Matcher m, String s, Lambda selector) {
        if (selector == null) {
            return m.group();
        }
        return bindGroups(m, s, selector);
    }

    /** $1 = the whole match as {value, start, end}, $2.. = the groups (yaql's _publish_match). */
    private static Object bindGroups(Matcher m, String s, Lambda fn) {
        if (m.pattern().pattern().contains("(?<")) {
            throw new ExpressionException(ErrorCategory.VALUE, "too many values to unpack (expected 2)");
        }
        Object[] args = new Object[m.groupCount() + 1];
        for (int g = 0; g <= m.groupCount(); g++) {
            Map<Object, Object> d = new LinkedHashMap<>();
            String v = m.group(g);
            d.put("value", v);
            d.put("start", v == null ? -1L : (long) s.codePointCount(0, m.start(g)));
            d.put("end", v == null ? -1L : (long) s.codePointCount(0, m.end(g)));
            args[g] = d;
        }
        return fn.call(args);
    }

    interface Repl {
        String apply(Matcher m);
    }

    private static String sub(PyRegex re, String s, Repl repl, long count) {
        Matcher m = re.pattern().matcher(s);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        long n = 0;
        while ((count <= 0 || n < count) && m.find()) {
            sb.append(s, last, m.start()).append(repl.apply(m));
            last = m.end();
            n++;
            io.bora.expr.value.Limits.checkOutput(sb.length());
        }
        sb.append(s.substring(last));
        return sb.toString();
    }

    private static List<Object> split(PyRegex re, String s, long max) {
        Matcher m = re.pattern().matcher(s);
        List<Object> out = new ArrayList<>();
        int last = 0;
        long n = 0;
        while ((max <= 0 || n < max) && m.find()) {
            out.add(s.substring(last, m.start()));
            for (int g = 1; g <= m.groupCount(); g++) {
                out.add(m.group(g));
            }
            last = m.end();
            n++;
        }
        out.add(s.substring(last));
        return out;
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> {
            if (cp < 128 && "()[]{}?*+-|^$\\.&~# \t\n\r\u000b\f".indexOf(cp) >= 0) {
                sb.append('\\');
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }
}
