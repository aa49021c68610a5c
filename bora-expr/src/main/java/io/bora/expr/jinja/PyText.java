package io.bora.expr.jinja;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Python's str() and repr() of values, and the type names Python puts in its messages. */
final class PyText {
    private PyText() {
    }

    static String str(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Markup m) {
            return m.text();
        }
        if (v instanceof Undefined u) {
            if (u.isLenient()) {
                return "";
            }
            throw u.fail();
        }
        return repr(v);
    }

    static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        repr(v, sb);
        return sb.toString();
    }

    private static void repr(Object v, StringBuilder sb) {
        if (v == null) {
            sb.append("None");
        } else if (v instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (v instanceof String s) {
            sb.append(reprString(s));
        } else if (v instanceof Markup m) {
            sb.append("Markup(").append(reprString(m.text())).append(')');
        } else if (PyNum.isInt(v)) {
            sb.append(v);
        } else if (PyNum.isFloat(v)) {
            sb.append(PyNum.floatRepr(PyNum.dbl(v)));
        } else if (v instanceof PyRange r) {
            sb.append(r);
        } else if (v instanceof PyTuple t) {
            sb.append('(');
            join(t, sb);
            if (t.size() == 1) {
                sb.append(',');
            }
            sb.append(')');
        } else if (v instanceof List<?> l) {
            sb.append('[');
            join(l, sb);
            sb.append(']');
        } else if (v instanceof Map<?, ?> m) {
            sb.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                repr(e.getKey(), sb);
                sb.append(": ");
                repr(e.getValue(), sb);
                if (it.hasNext()) {
                    sb.append(", ");
                }
            }
            sb.append('}');
        } else if (v instanceof Undefined u) {
            if (!u.isLenient()) {
                throw u.fail();
            }
            sb.append("Undefined");
        } else {
            sb.append(v);
        }
    }

    private static void join(List<?> items, StringBuilder sb) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            repr(items.get(i), sb);
        }
    }

    static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.append(quote).toString();
    }

    /** Python's str.isprintable() for one code point. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || t == Character.SPACE_SEPARATOR);
    }

    /** Python's type name of a value ({@code type(v).__name__}). */
    static String typeName(Object v) {
        if (v == null) {
            return "NoneType";
        }
        if (v instanceof Boolean) {
            return "bool";
        }
        if (PyNum.isInt(v)) {
            return "int";
        }
        if (PyNum.isFloat(v)) {
            return "float";
        }
        if (v instanceof String) {
            return "str";
        }
        if (v instanceof Markup) {
            return "Markup";
        }
        if (v instanceof PyRange) {
            return "range";
        }
        if (v instanceof PyTuple) {
            return "tuple";
        }
        if (v instanceof List) {
            return "list";
        }
        if (v instanceof Map) {
            return "dict";
        }
        if (v instanceof PyFunction f) {
            return f.typeName();
        }
        if (v instanceof Undefined) {
            return "StrictUndefined";
        }
        return v.getClass().getSimpleName();
    }

    /** Jinja's object_type_repr: {@code None} or {@code "<type> object"}. */
    static String objectTypeRepr(Object v) {
        return v == null ? "None" : typeName(v) + " object";
    }
}
