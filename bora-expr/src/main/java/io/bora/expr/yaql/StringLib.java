package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.Limits;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyFormat;
import io.bora.expr.value.PyText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** String functions (spec §8.4); indexes and lengths count code points. */
final class StringLib {
    private StringLib() {
    }

    static void register(Registry r) {
        r.add("toUpper", "M", "string:str", a -> a.str(0).toUpperCase(Locale.ROOT));
        r.add("toLower", "M", "string:str", a -> a.str(0).toLowerCase(Locale.ROOT));
        r.add("split", "M", "string:str, separator:str?=null, maxSplits:int=-1",
                a -> split(a.str(0), (String) a.get(1), a.integer(2), false));
        r.add("rightSplit", "M", "string:str, separator:str?=null, maxSplits:int=-1",
                a -> split(a.str(0), (String) a.get(1), a.integer(2), true));
        r.add("join", "M", "separator:str, sequence:iter", a -> join(a.iter(1), a.str(0)));
        r.add("join", "M", "sequence:iter, separator:str", a -> join(a.iter(0), a.str(1)));
        r.add("str", "F", "value:any", a -> yaqlStr(a.get(0)));
        r.add("concat", "F", "*args:str", a -> {
            StringBuilder sb = new StringBuilder();
            for (Object o : a.list(0)) {
                sb.append((String) o);
            }
            return sb.toString();
        });
        r.add("trim", "M", "string:str, chars:str?=null", a -> strip(a.str(0), (String) a.get(1), true, true));
        r.add("trimLeft", "M", "string:str, chars:str?=null", a -> strip(a.str(0), (String) a.get(1), true, false));
        r.add("trimRight", "M", "string:str, chars:str?=null", a -> strip(a.str(0), (String) a.get(1), false, true));
        r.add("norm", "FM", "string:str?, chars:str?=null", a -> {
            if (a.get(0) == null) {
                return null;
            }
            String s = strip(a.str(0), (String) a.get(1), true, true);
            return s.isEmpty() ? null : s;
        });
        r.add("isEmpty", "FM", "string:str?, trim:bool=true, chars:str?=null", a -> {
            if (a.get(0) == null) {
                return true;
            }
            String s = a.bool(1) ? strip(a.str(0), (String) a.get(2), true, true) : a.str(0);
            return s.isEmpty();
        });
        r.add("replace", "M", "string:str, old:str, new:str, count:int=-1",
                a -> replace(a.str(0), a.str(1), a.str(2), a.integer(3)));
        r.add("replace", "M", "string:str, replacements:map, count:int=-1", a -> {
            String s = a.str(0);
            for (Map.Entry<Object, Object> e : a.map(1).entrySet()) {
                s = replace(s, yaqlStr(e.getKey()), yaqlStr(e.getValue()), a.integer(2));
            }
            return s;
        });
        r.add("format", "FM", "_FormatString:str, *args:any, **kwargs", a -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> kw = (Map<String, Object>) a.get(2);
            return PyFormat.format(a.str(0), a.list(1), kw, true);
        });
        r.add("substring", "M", "string:str, start:int, length:int=-1", a -> {
            // yaql: start += len if negative; negative length = to the end; then Python slicing.
            int[] cps = a.str(0).codePoints().toArray();
            long n = cps.length;
            long start = a.integer(1);
            if (start < 0) {
                start += n;
            }
            long len = a.integer(2);
            if (len < 0) {
                len = n - start;
            }
            long from = sliceIndex(start, n);
            long to = sliceIndex(start + len, n);
            return to <= from ? "" : new String(cps, (int) from, (int) (to - from));
        });
        r.add("indexOf", "M", "string:str, sub:str, start:int, length:int", a -> {
            int[] cps = a.str(0).codePoints().toArray();
            long[] range = window(cps.length, a.integer(2), a.integer(3));
            return find(cps, a.str(1).codePoints().toArray(), range[0], range[1], false);
        });
        r.add("indexOf", "M", "string:str, sub:str, start:int=0", a -> {
            int[] cps = a.str(0).codePoints().toArray();
            return find(cps, a.str(1).codePoints().toArray(), pyStart(a.integer(2), cps.length), cps.length, false);
        });
        r.add("lastIndexOf", "M", "string:str, sub:str, start:int, length:int", a -> {
            int[] cps = a.str(0).codePoints().toArray();
            long[] range = window(cps.length, a.integer(2), a.integer(3));
            return find(cps, a.str(1).codePoints().toArray(), range[0], range[1], true);
        });
        r.add("lastIndexOf", "M", "string:str, sub:str, start:int=0", a -> {
            int[] cps = a.str(0).codePoints().toArray();
            return find(cps, a.str(1).codePoints().toArray(), pyStart(a.integer(2), cps.length), cps.length, true);
        });
        r.add("startsWith", "M", "string:str, *prefixes:str", a -> {
            for (Object p : a.list(1)) {
                if (a.str(0).startsWith((String) p)) {
                    return true;
                }
            }
            return false;
        });
        r.add("endsWith", "M", "string:str, *suffixes:str", a -> {
            for (Object p : a.list(1)) {
                if (a.str(0).endsWith((String) p)) {
                    return true;
                }
            }
            return false;
        });
        r.add("toCharArray", "M", "string:str", a -> {
            List<Object> out = new ArrayList<>();
            a.str(0).codePoints().forEach(cp -> out.add(new String(Character.toChars(cp))));
            return out;
        });
        r.add("hex", "F", "num:num?", a -> {
            Object n = a.get(0);
            if (!Py.isInt(n)) {
                throw new ExpressionException(ErrorCategory.TYPE,
                        "'" + Py.typeName(n) + "' object cannot be interpreted as an integer");
            }
            java.math.BigInteger b = Py.big(n);
            return (b.signum() < 0 ? "-0x" : "0x") + b.abs().toString(16);
        });
        r.add("characters", "F", "digits:bool?=false, hexdigits:bool?=false, asciiLowercase:bool?=false, "
                + "asciiUppercase:bool?=false, asciiLetters:bool?=false, letters:bool?=false, octdigits:bool?=false, "
                + "punctuation:bool?=false, printable:bool?=false, lowercase:bool?=false, uppercase:bool?=false, "
                + "whitespace:bool?=false", StringLib::characters);
    }

    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String PUNCT = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String WHITESPACE = " \t\n\r\u000b\f";

    private static Object characters(Args a) {
        String[] sets = {DIGITS, DIGITS + "abcdefABCDEF", LOWER, UPPER, LOWER + UPPER, null, "01234567", PUNCT,
            DIGITS + LOWER + UPPER + PUNCT + WHITESPACE, null, null, WHITESPACE};
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < sets.length; i++) {
            if (Py.truthy(a.get(i))) {
                if (sets[i] == null) {
                    throw new ExpressionException(ErrorCategory.ATTRIBUTE, "module 'string' has no such attribute");
                }
                for (char c : sets[i].toCharArray()) {
                    out.add(String.valueOf(c));
                }
            }
        }
        return new ArrayList<Object>(out);
    }

    /** YAQL's str(): null/true/false as in YAQL, everything else Python str() of the YAQL value. */
    static String yaqlStr(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Boolean b) {
            return b ? "true" : "false";
        }
        return PyText.strYaql(v);
    }

    private static String join(Iterable<Object> items, String sep) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Object x : items) {
            if (!first) {
                sb.append(sep);
            }
            first = false;
            sb.append(yaqlStr(x));
            Limits.checkOutput(sb.length());
        }
        return sb.toString();
    }

    static boolean isPyWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85 || (cp >= 0x1c && cp <= 0x1f);
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int[] cps = s.codePoints().toArray();
        int b = 0;
        int e = cps.length;
        Set<Integer> set = null;
        if (chars != null) {
            set = new java.util.HashSet<>();
            for (int cp : chars.codePoints().toArray()) {
                set.add(cp);
            }
        }
        while (left && b < e && (set == null ? isPyWhitespace(cps[b]) : set.contains(cps[b]))) {
            b++;
        }
        while (right && e > b && (set == null ? isPyWhitespace(cps[e - 1]) : set.contains(cps[e - 1]))) {
            e--;
        }
        return new String(cps, b, e - b);
    }

    static List<Object> split(String s, String sep, long max, boolean fromRight) {
        List<Object> out = new ArrayList<>();
        if (sep != null && sep.isEmpty()) {
            throw new ExpressionException(ErrorCategory.VALUE, "empty separator");
        }
        if (sep == null) {
            int[] cps = s.codePoints().toArray();
            List<int[]> words = new ArrayList<>();
            int i = 0;
            while (i < cps.length) {
                while (i < cps.length && isPyWhitespace(cps[i])) {
                    i++;
                }
                if (i >= cps.length) {
                    break;
                }
                int st = i;
                while (i < cps.length && !isPyWhitespace(cps[i])) {
                    i++;
                }
                words.add(new int[]{st, i});
            }
            if (max < 0 || words.size() <= max + 1) {
                for (int[] w : words) {
                    out.add(new String(cps, w[0], w[1] - w[0]));
                }
                return out;
            }
            if (!fromRight) {
                for (int k = 0; k < max; k++) {
                    out.add(new String(cps, words.get(k)[0], words.get(k)[1] - words.get(k)[0]));
                }
                int st = words.get((int) max)[0];
                out.add(new String(cps, st, cps.length - st));
            } else {
                int firstKept = words.size() - (int) max;
                int end = words.get(firstKept - 1)[1];
                out.add(new String(cps, 0, end));
                for (int k = firstKept; k < words.size(); k++) {
                    out.add(new String(cps, words.get(k)[0], words.get(k)[1] - words.get(k)[0]));
                }
            }
            return out;
        }
        if (!fromRight) {
            int from = 0;
            long n = 0;
            int idx;
            while ((max < 0 || n < max) && (idx = s.indexOf(sep, from)) >= 0) {
                out.add(s.substring(from, idx));
                from = idx + sep.length();
                n++;
            }
            out.add(s.substring(from));
            return out;
        }
        int end = s.length();
        long n = 0;
        int idx;
        while ((max < 0 || n < max) && end >= sep.length() && (idx = s.lastIndexOf(sep, end - sep.length())) >= 0) {
            out.add(s.substring(idx + sep.length(), end));
            end = idx;
            n++;
        }
        out.add(s.substring(0, end));
        Collections.reverse(out);
        return out;
    }

    static String replace(String s, String old, String repl, long count) {
        if (count < 0) {
            if (old.isEmpty()) {
                return replaceEmpty(s, repl, Long.MAX_VALUE);
            }
            String r = s.replace(old, repl);
            Limits.checkOutput(r.length());
            return r;
        }
        if (old.isEmpty()) {
            return replaceEmpty(s, repl, count);
        }
        StringBuilder sb = new StringBuilder();
        int from = 0;
        long n = 0;
        int idx;
        while (n < count && (idx = s.indexOf(old, from)) >= 0) {
            sb.append(s, from, idx).append(repl);
            from = idx + old.length();
            n++;
        }
        sb.append(s.substring(from));
        return sb.toString();
    }

    private static String replaceEmpty(String s, String repl, long count) {
        StringBuilder sb = new StringBuilder();
        int[] cps = s.codePoints().toArray();
        long n = 0;
        for (int cp : cps) {
            if (n < count) {
                sb.append(repl);
                n++;
            }
            sb.appendCodePoint(cp);
        }
        if (n < count) {
            sb.append(repl);
        }
        Limits.checkOutput(sb.length());
        return sb.toString();
    }

    /** A Python slice bound: negative counts from the end, then clamped to [0, n]. */
    private static long sliceIndex(long i, long n) {
        if (i < 0) {
            i += n;
        }
        return Math.max(0, Math.min(n, i));
    }

    private static long pyStart(long start, int n) {
        if (start < 0) {
            start = Math.max(0, start + n);
        }
        return start;
    }

    /** yaql's [start, start+length) window: negative start counts from the end, negative length to the end. */
    private static long[] window(int n, long start, long length) {
        long s = start < 0 ? Math.max(0, start + n) : start;
        long e = length < 0 ? n : Math.min(n, s + length);
        return new long[]{s, e};
    }

    private static long find(int[] hay, int[] needle, long start, long end, boolean last) {
        long result = -1;
        if (start > hay.length) {
            return -1;
        }
        for (long i = start; i + needle.length <= end; i++) {
            boolean ok = true;
            for (int k = 0; k < needle.length && ok; k++) {
                ok = hay[(int) i + k] == needle[k];
            }
            if (ok) {
                if (!last) {
                    return i;
                }
                result = i;
            }
        }
        return result;
    }
}
