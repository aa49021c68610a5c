package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Python str operations that work on code points rather than UTF-16 units. */
final class PyStrings {
    private PyStrings() {
    }

    /** {@code s[start:end]} in code points (non-negative bounds, clamped). */
    static String slice(String s, int start, int end) {
        int n = s.codePointCount(0, s.length());
        start = Math.min(Math.max(start, 0), n);
        end = Math.min(Math.max(end, start), n);
        return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
    }

    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code-point index of a UTF-16 offset. */
    static int cpIndex(String s, int utf16) {
        return utf16 < 0 ? utf16 : s.codePointCount(0, utf16);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        int first = s.codePointAt(0);
        int len = Character.charCount(first);
        return new String(Character.toChars(Character.toTitleCase(first))) + lower(s.substring(len));
    }

    /** Python's str.title(): a cased letter after a non-cased character starts a word. */
    static String title(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            boolean cased = Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
            if (cased) {
                sb.append(prevCased ? lower(new String(Character.toChars(cp)))
                        : new String(Character.toChars(Character.toTitleCase(cp))));
            } else {
                sb.appendCodePoint(cp);
            }
            prevCased = cased;
        }
        return sb.toString();
    }

    static boolean isPyWhitespace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x1c || cp == 0x1d || cp == 0x1e
                || cp == 0x1f || cp == 0x85;
    }

    static String strip(String s, String chars, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        while (left && start < end) {
            int cp = s.codePointAt(start);
            if (chars == null ? !isPyWhitespace(cp) : chars.indexOf(cp) < 0) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (right && end > start) {
            int cp = s.codePointBefore(end);
            if (chars == null ? !isPyWhitespace(cp) : chars.indexOf(cp) < 0) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return s.substring(start, end);
    }

    /** Python's str.split(sep, maxsplit); a null separator splits on whitespace runs. */
    static List<Object> split(String s, String sep, int maxsplit) {
        List<Object> out = new ArrayList<>();
        if (sep == null) {
            int i = 0;
            int n = s.length();
            while (true) {
                while (i < n && isPyWhitespace(s.codePointAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (maxsplit >= 0 && out.size() >= maxsplit) {
                    out.add(strip(s.substring(i), null, false, true));
                    break;
                }
                int j = i;
                while (j < n && !isPyWhitespace(s.codePointAt(j))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            }
            return out;
        }
        if (sep.isEmpty()) {
            throw PyErrors.value("empty separator");
        }
        int i = 0;
        while (maxsplit < 0 || out.size() < maxsplit) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<Object> rsplit(String s, String sep, int maxsplit) {
        if (maxsplit < 0) {
            return split(s, sep, maxsplit);
        }
        if (sep == null) {
            List<Object> out = new ArrayList<>();
            int end = s.length();
            while (true) {
                while (end > 0 && isPyWhitespace(s.codePointBefore(end))) {
                    end--;
                }
                if (end <= 0) {
                    break;
                }
                if (out.size() >= maxsplit) {
                    out.add(0, strip(s.substring(0, end), null, true, false));
                    break;
                }
                int j = end;
                while (j > 0 && !isPyWhitespace(s.codePointBefore(j))) {
                    j--;
                }
                out.add(0, s.substring(j, end));
                end = j;
            }
            return out;
        }
        List<Object> out = new ArrayList<>();
        int end = s.length();
        while (out.size() < maxsplit) {
            int j = s.lastIndexOf(sep, end - sep.length());
            if (j < 0) {
                break;
            }
            out.add(0, s.substring(j + sep.length(), end));
            end = j;
        }
        out.add(0, s.substring(0, end));
        return out;
    }

    static String replace(String s, String old, String replacement, int count) {
        if (count < 0) {
            if (old.isEmpty()) {
                StringBuilder sb = new StringBuilder(replacement);
                s.codePoints().forEach(cp -> sb.appendCodePoint(cp).append(replacement));
                return sb.toString();
            }
            return s.replace(old, replacement);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        int done = 0;
        while (done < count) {
            int j = old.isEmpty() ? (i <= s.length() ? i : -1) : s.indexOf(old, i);
            if (j < 0) {
                break;
            }
            sb.append(s, i, j).append(replacement);
            if (old.isEmpty()) {
                if (j < s.length()) {
                    int cp = s.codePointAt(j);
                    sb.appendCodePoint(cp);
                    i = j + Character.charCount(cp);
                } else {
                    i = j + 1;
                }
            } else {
                i = j + old.length();
            }
            done++;
        }
        if (i <= s.length()) {
            sb.append(s.substring(i));
        }
        return sb.toString();
    }

    static int count(String s, String sub) {
        if (sub.isEmpty()) {
            return length(s) + 1;
        }
        int n = 0;
        int i = 0;
        while ((i = s.indexOf(sub, i)) >= 0) {
            n++;
            i += sub.length();
        }
        return n;
    }

    static String center(String s, int width, String fill) {
        int len = length(s);
        if (len >= width) {
            return s;
        }
        int marg = width - len;
        int left = marg / 2 + (marg & width & 1);
        return fill.repeat(left) + s + fill.repeat(marg - left);
    }
}
