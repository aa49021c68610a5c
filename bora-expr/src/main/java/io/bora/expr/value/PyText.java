package io.bora.expr.value;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code str()} and {@code repr()} of values. Two container styles exist because YAQL
 * holds lists as tuples ({@code str([1,2])} is {@code "(1, 2)"} inside YAQL) while finalised
 * values (inline templates, Jinja) are real lists and sets.
 */
public final class PyText {
    private PyText() {
    }

    /** Python str() of a finalised value (lists as lists, sets as {@code {1, 2}}). */
    public static String str(Object o) {
        return o instanceof String s ? s : o instanceof PyDateTime dt ? dateTimeStr(dt.value())
                : o instanceof Duration d ? durationStr(d) : repr(o, false);
    }

    /** Python str() of a value as YAQL holds it (lists are tuples, sets frozensets). */
    public static String strYaql(Object o) {
        return o instanceof String s ? s : o instanceof PyDateTime dt ? dateTimeStr(dt.value())
                : o instanceof Duration d ? durationStr(d) : repr(o, true);
    }

    public static String repr(Object o, boolean yaqlForms) {
        StringBuilder sb = new StringBuilder();
        appendRepr(sb, o, yaqlForms);
        return sb.toString();
    }

    private static void appendRepr(StringBuilder sb, Object o, boolean yaql) {
        Limits.checkOutput(sb.length());
        if (o == null) {
            sb.append("None");
        } else if (o instanceof Boolean b) {
            sb.append(b ? "True" : "False");
        } else if (o instanceof Long || o instanceof java.math.BigInteger) {
            sb.append(o);
        } else if (o instanceof Double d) {
            sb.append(floatRepr(d));
        } else if (o instanceof String s) {
            sb.append(stringRepr(s));
        } else if (o instanceof List<?> l) {
            sb.append(yaql ? '(' : '[');
            appendItems(sb, l.iterator(), yaql);
            if (yaql && l.size() == 1) {
                sb.append(',');
            }
            sb.append(yaql ? ')' : ']');
        } else if (yaql && o instanceof LazySeq seq && seq.viewSource() != null) {
            sb.append("ValuesView(");
            appendRepr(sb, seq.viewSource(), true);
            sb.append(')');
        } else if (yaql && o instanceof PySet set && set.viewName() != null) {
            sb.append(set.viewName()).append('(');
            appendRepr(sb, set.viewOf(), true);
            sb.append(')');
        } else if (o instanceof LazySeq seq) {
            sb.append('[');
            appendItems(sb, seq.iterator(), yaql);
            sb.append(']');
        } else if (o instanceof PySet set) {
            if (set.size() == 0) {
                sb.append(yaql ? "frozenset()" : "set()");
                return;
            }
            sb.append(yaql ? "frozenset({" : "{");
            appendItems(sb, set.iterator(), yaql);
            sb.append(yaql ? "})" : "}");
        } else if (o instanceof Map<?, ?> m) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                appendRepr(sb, e.getKey(), yaql);
                sb.append(": ");
                appendRepr(sb, e.getValue(), yaql);
            }
            sb.append('}');
        } else if (o instanceof PyDateTime dt) {
            sb.append(dateTimeRepr(dt.value()));
        } else if (o instanceof Duration d) {
            sb.append(durationRepr(d));
        } else if (o instanceof PyRegex r) {
            sb.append("re.compile(").append(stringRepr(r.source())).append(')');
        } else {
            sb.append(o);
        }
    }

    private static void appendItems(StringBuilder sb, Iterator<?> it, boolean yaql) {
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            appendRepr(sb, it.next(), yaql);
        }
    }

    /** str() of scalars that differ from repr (datetime, timedelta). */
    public static String scalarStr(Object o, boolean yaql) {
        if (o instanceof PyDateTime dt) {
            return dateTimeStr(dt.value());
        }
        return yaql ? strYaql(o) : str(o);
    }

    /** Python float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - 1 - bd.scale();
        StringBuilder sb = new StringBuilder();
        if (d < 0) {
            sb.append('-');
        }
        if (exp < -4 || exp >= 16) {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) {
                sb.append('.').append(digits, 1, digits.length());
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            sb.append(a);
        } else if (exp >= 0) {
            if (digits.length() <= exp + 1) {
                sb.append(digits).append("0".repeat(exp + 1 - digits.length())).append(".0");
            } else {
                sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
            }
        } else {
            sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
        }
        return sb.toString();
    }

    /** Python repr of a string. */
    public static String stringRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2);
        sb.append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        sb.append(quote);
        return sb.toString();
    }

    /** Python's str.isprintable() for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python str(datetime): {@code 2024-01-15 10:20:30[.ffffff]+00:00}. */
    public static String dateTimeStr(OffsetDateTime t) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth(),
                t.getHour(), t.getMinute(), t.getSecond()));
        int micro = t.getNano() / 1000;
        if (micro != 0) {
            sb.append(String.format(".%06d", micro));
        }
        sb.append(offsetStr(t.getOffset()));
        return sb.toString();
    }

    public static String offsetStr(ZoneOffset off) {
        int secs = off.getTotalSeconds();
        char sign = secs < 0 ? '-' : '+';
        secs = Math.abs(secs);
        String s = String.format("%c%02d:%02d", sign, secs / 3600, (secs % 3600) / 60);
        if (secs % 60 != 0) {
            s += String.format(":%02d", secs % 60);
        }
        return s;
    }

    /** Python repr of a yaql datetime (dateutil tz): {@code datetime.datetime(2024, 1, 15, 0, 0, tzinfo=tzutc())}. */
    static String dateTimeRepr(OffsetDateTime t) {
        StringBuilder sb = new StringBuilder("datetime.datetime(");
        sb.append(t.getYear()).append(", ").append(t.getMonthValue()).append(", ").append(t.getDayOfMonth())
                .append(", ").append(t.getHour()).append(", ").append(t.getMinute());
        int micro = t.getNano() / 1000;
        if (t.getSecond() != 0 || micro != 0) {
            sb.append(", ").append(t.getSecond());
        }
        if (micro != 0) {
            sb.append(", ").append(micro);
        }
        int off = t.getOffset().getTotalSeconds();
        sb.append(", tzinfo=").append(off == 0 ? "tzutc()" : "tzoffset(None, " + off + ")").append(')');
        return sb.toString();
    }

    /** Python repr of a timedelta: {@code datetime.timedelta(days=1, seconds=5)}, zero fields omitted. */
    static String durationRepr(Duration d) {
        long micros = d.getSeconds() * 1_000_000L + d.getNano() / 1000;
        long days = Math.floorDiv(micros, 86_400_000_000L);
        long rest = Math.floorMod(micros, 86_400_000_000L);
        StringBuilder sb = new StringBuilder("datetime.timedelta(");
        String sep = "";
        if (days != 0) {
            sb.append("days=").append(days);
            sep = ", ";
        }
        if (rest / 1_000_000 != 0) {
            sb.append(sep).append("seconds=").append(rest / 1_000_000);
            sep = ", ";
        }
        if (rest % 1_000_000 != 0) {
            sb.append(sep).append("microseconds=").append(rest % 1_000_000);
            sep = ", ";
        }
        if (sep.isEmpty()) {
            sb.append('0');
        }
        return sb.append(')').toString();
    }

    /** Python str(timedelta): {@code [D day[s], ]H:MM:SS[.ffffff]}. */
    public static String durationStr(Duration d) {
        long micros = d.getSeconds() * 1_000_000L + d.getNano() / 1000;
        long days = Math.floorDiv(micros, 86_400_000_000L);
        long rest = Math.floorMod(micros, 86_400_000_000L);
        long us = rest % 1_000_000;
        long secs = rest / 1_000_000;
        StringBuilder sb = new StringBuilder();
        if (days != 0) {
            sb.append(days).append(Math.abs(days) == 1 ? " day, " : " days, ");
        }
        sb.append(String.format("%d:%02d:%02d", secs / 3600, (secs % 3600) / 60, secs % 60));
        if (us != 0) {
            sb.append(String.format(".%06d", us));
        }
        return sb.toString();
    }
}
