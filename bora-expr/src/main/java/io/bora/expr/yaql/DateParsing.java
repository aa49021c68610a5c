package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;
import io.bora.expr.value.PyText;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Python's strftime/strptime directives and a dateutil-like lenient parser for common forms. */
final class DateParsing {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december"};
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-?(\\d{1,2})-?(\\d{1,2})(?:[T ](\\d{1,2})(?::?(\\d{2})(?::?(\\d{2})(?:[.,](\\d{1,6})\\d*)?)?)?)?"
                    + "\\s*(Z|z|UTC|[+-]\\d{2}(?::?\\d{2})?)?");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,4})[/.](\\d{1,2})[/.](\\d{1,4})"
            + "(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");
    private static final Pattern WORDY = Pattern.compile(
            "(?:[A-Za-z]+,?\\s+)?(?:([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"
                    + "|(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4}))"
                    + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?");

    private static final Pattern CTIME = Pattern.compile(
            "[A-Za-z]{3}\\s+([A-Za-z]{3})\\s+(\\d{1,2})\\s+(\\d{1,2}):(\\d{2}):(\\d{2})\\s+(\\d{4})");
    private static final Pattern TIME_ONLY = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");

    private DateParsing() {
    }

    static ExpressionException unknown(String s) {
        return new ExpressionException(ErrorCategory.VALUE, "Unknown string format: " + s);
    }

    static OffsetDateTime lenient(String text) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            LocalDate d = DateTimeLib.date(i(m.group(1)), i(m.group(2)), i(m.group(3)), text);
            int micros = m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "000000").substring(0, 6));
            return build(d, i0(m.group(4)), i0(m.group(5)), i0(m.group(6)), micros, zone(m.group(8)), text);
        }
        m = CTIME.matcher(s);
        if (m.matches()) {
            int mon = month(m.group(1));
            if (mon >= 0) {
                return build(DateTimeLib.date(i(m.group(6)), mon + 1, i(m.group(2)), text), i(m.group(3)), i(m.group(4)),
                        i(m.group(5)), 0, ZoneOffset.UTC, text);
            }
        }
        if (s.matches("\\d{4}")) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return build(DateTimeLib.date(i(s), today.getMonthValue(), today.getDayOfMonth(), text), 0, 0, 0, 0,
                    ZoneOffset.UTC, text);
        }
        m = TIME_ONLY.matcher(s);
        if (m.matches()) {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return build(today, i(m.group(1)), i(m.group(2)), i0(m.group(3)), 0, ZoneOffset.UTC, text);
        }
        m = SLASHED.matcher(s);
        if (m.matches()) {
            int a = i(m.group(1));
            int b = i(m.group(2));
            int c = i(m.group(3));
            // dateutil: year first when it has four digits, else month first unless that cannot be a month.
            LocalDate d = m.group(1).length() == 4 ? DateTimeLib.date(a, b, c, text)
                    : a > 12 ? DateTimeLib.date(c, b, a, text) : DateTimeLib.date(c, a, b, text);
            return build(d, i0(m.group(4)), i0(m.group(5)), i0(m.group(6)), 0, ZoneOffset.UTC, text);
        }
        m = WORDY.matcher(s);
        if (m.matches()) {
            String month = m.group(1) != null ? m.group(1) : m.group(5);
            int day = i(m.group(1) != null ? m.group(2) : m.group(4));
            int year = i(m.group(1) != null ? m.group(3) : m.group(6));
            int mon = month(month);
            if (mon < 0) {
                throw unknown(text);
            }
            return build(DateTimeLib.date(year, mon + 1, day, text), i0(m.group(7)), i0(m.group(8)), i0(m.group(9)), 0,
                    ZoneOffset.UTC, text);
        }
        throw unknown(text);
    }

    private static OffsetDateTime build(LocalDate d, int h, int mi, int sec, int micros, ZoneOffset off, String text) {
        try {
            return OffsetDateTime.of(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), h, mi, sec, micros * 1000, off);
        } catch (DateTimeException e) {
            throw new ExpressionException(ErrorCategory.VALUE, e.getMessage() + ": " + text);
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int k = 0; k < 12; k++) {
            if (MONTHS[k].equals(n) || n.length() >= 3 && MONTHS[k].startsWith(n)) {
                return k;
            }
        }
        return -1;
    }

    private static ZoneOffset zone(String z) {
        if (z == null || z.equalsIgnoreCase("z") || z.equals("UTC")) {
            return ZoneOffset.UTC;
        }
        String digits = z.substring(1).replace(":", "");
        int h = Integer.parseInt(digits.substring(0, 2));
        int m = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        int secs = (h * 3600 + m * 60) * (z.charAt(0) == '-' ? -1 : 1);
        return ZoneOffset.ofTotalSeconds(secs);
    }

    private static int i(String s) {
        return Integer.parseInt(s);
    }

    private static int i0(String s) {
        return s == null ? 0 : Integer.parseInt(s);
    }

    /** Python strptime for the common directives; naive results are UTC. */
    static OffsetDateTime strptime(String text, String format) {
        StringBuilder re = new StringBuilder();
        List<Character> fields = new ArrayList<>();
        for (int k = 0; k < format.length(); k++) {
            char c = format.charAt(k);
            if (c == '%' && k + 1 < format.length()) {
                char d = format.charAt(++k);
                String g = switch (d) {
                    case 'Y' -> "(\\d{4})";
                    case 'm', 'd', 'H', 'M', 'S', 'I', 'y' -> "(\\d{1,2})";
                    case 'f' -> "(\\d{1,6})";
                    case 'j' -> "(\\d{1,3})";
                    case 'b', 'B', 'a', 'A', 'p' -> "([A-Za-z]+)";
                    case 'z' -> "([+-]\\d{2}:?\\d{2}|Z)";
                    case '%' -> null;
                    default -> throw new ExpressionException(ErrorCategory.VALUE,
                            "'" + d + "' is a bad directive in format '" + format + "'");
                };
                if (g == null) {
                    re.append('%');
                } else {
                    re.append(g);
                    fields.add(d);
                }
            } else if (Character.isWhitespace(c)) {
                re.append("\\s+");
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        if (!m.matches()) {
            throw new ExpressionException(ErrorCategory.VALUE, "time data " + PyText.stringRepr(text)
                    + " does not match format " + PyText.stringRepr(format));
        }
        int year = 1900;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        int micros = 0;
        int dayOfYear = -1;
        boolean pm = false;
        boolean twelve = false;
        ZoneOffset off = ZoneOffset.UTC;
        for (int k = 0; k < fields.size(); k++) {
            String v = m.group(k + 1);
            switch (fields.get(k)) {
                case 'Y' -> year = i(v);
                case 'y' -> year = i(v) < 69 ? 2000 + i(v) : 1900 + i(v);
                case 'm' -> month = i(v);
                case 'd' -> day = i(v);
                case 'H' -> hour = i(v);
                case 'I' -> {
                    hour = i(v);
                    twelve = true;
                }
                case 'M' -> minute = i(v);
                case 'S' -> second = i(v);
                case 'f' -> micros = Integer.parseInt((v + "000000").substring(0, 6));
                case 'b', 'B' -> {
                    int mo = month(v);
                    if (mo < 0) {
                        throw new ExpressionException(ErrorCategory.VALUE, "time data does not match format");
                    }
                    month = mo + 1;
                }
                case 'p' -> pm = v.equalsIgnoreCase("pm");
                case 'j' -> dayOfYear = i(v);
                case 'z' -> off = zone(v);
                default -> {
                }
            }
        }
        if (twelve) {
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (dayOfYear > 0) {
            LocalDate d = LocalDate.ofYearDay(year, dayOfYear);
            month = d.getMonthValue();
            day = d.getDayOfMonth();
        }
        return build(DateTimeLib.date(year, month, day, text), hour, minute, second, micros, off, text);
    }

    /** Python strftime with English names. */
    static String strftime(OffsetDateTime t, String format) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < format.length(); k++) {
            char c = format.charAt(k);
            if (c != '%' || k + 1 >= format.length()) {
                sb.append(c);
                continue;
            }
            char d = format.charAt(++k);
            switch (d) {
                case 'Y' -> sb.append(String.format("%04d", t.getYear()));
                case 'y' -> sb.append(String.format("%02d", t.getYear() % 100));
                case 'm' -> sb.append(String.format("%02d", t.getMonthValue()));
                case 'd' -> sb.append(String.format("%02d", t.getDayOfMonth()));
                case 'H' -> sb.append(String.format("%02d", t.getHour()));
                case 'I' -> sb.append(String.format("%02d", t.getHour() % 12 == 0 ? 12 : t.getHour() % 12));
                case 'M' -> sb.append(String.format("%02d", t.getMinute()));
                case 'S' -> sb.append(String.format("%02d", t.getSecond()));
                case 'f' -> sb.append(String.format("%06d", t.getNano() / 1000));
                case 'j' -> sb.append(String.format("%03d", t.getDayOfYear()));
                case 'p' -> sb.append(t.getHour() < 12 ? "AM" : "PM");
                case 'A' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'a' -> sb.append(t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'B' -> sb.append(t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'b', 'h' -> sb.append(t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'w' -> sb.append(t.getDayOfWeek().getValue() % 7);
                case 'u' -> sb.append(t.getDayOfWeek().getValue());
                case 'z' -> sb.append(PyText.offsetStr(t.getOffset()).replace(":", ""));
                case 'Z' -> sb.append(t.getOffset().getTotalSeconds() == 0 ? "UTC" : "");
                case 'e' -> sb.append(String.format("%2d", t.getDayOfMonth()));
                case 'D', 'x' -> sb.append(String.format("%02d/%02d/%02d", t.getMonthValue(), t.getDayOfMonth(),
                        t.getYear() % 100));
                case 'X' -> sb.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                case 'c' -> sb.append(String.format("%s %s %2d %02d:%02d:%02d %d",
                        t.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH),
                        t.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), t.getDayOfMonth(), t.getHour(),
                        t.getMinute(), t.getSecond(), t.getYear()));
                case 's' -> sb.append(t.toLocalDateTime().atZone(java.time.ZoneId.systemDefault()).toEpochSecond());
                case 'U' -> sb.append(String.format("%02d", (t.getDayOfYear() + 6 - t.getDayOfWeek().getValue() % 7) / 7));
                case 'W' -> sb.append(String.format("%02d", (t.getDayOfYear() + 6 - (t.getDayOfWeek().getValue() + 6) % 7) / 7));
                case 'G' -> sb.append(t.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR));
                case 'V' -> sb.append(String.format("%02d", t.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
                case 'F' -> sb.append(String.format("%04d-%02d-%02d", t.getYear(), t.getMonthValue(), t.getDayOfMonth()));
                case 'T' -> sb.append(String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond()));
                case '%' -> sb.append('%');
                default -> sb.append('%').append(d);
            }
        }
        return sb.toString();
    }
}
