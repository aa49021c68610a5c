package io.bora.expr.yaql;

/**
 * Decodes YAQL quoted-string escapes the way yaql does (Python {@code unicode-escape} applied to
 * recognised sequences only); unknown escapes such as {@code \d} are kept with their backslash.
 */
final class StringEscapes {
    private StringEscapes() {
    }

    static String decode(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        int i = 0;
        int n = raw.length();
        while (i < n) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= n) {
                sb.append(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            int consumed = 2;
            switch (e) {
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    String hex = i + 2 + len <= n ? raw.substring(i + 2, i + 2 + len) : "";
                    if (hex.length() == len && hex.chars().allMatch(ch -> Character.digit(ch, 16) >= 0)) {
                        sb.appendCodePoint(Integer.parseInt(hex, 16));
                        consumed = 2 + len;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
                case 'N' -> {
                    int close = raw.indexOf('}', i);
                    if (i + 2 < n && raw.charAt(i + 2) == '{' && close > 0) {
                        try {
                            sb.appendCodePoint(Character.codePointOf(raw.substring(i + 3, close)));
                            consumed = close + 1 - i;
                        } catch (IllegalArgumentException ex) {
                            sb.append("\\N");
                        }
                    } else {
                        sb.append("\\N");
                    }
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int j = i + 1;
                        int v = 0;
                        while (j < n && j < i + 4 && raw.charAt(j) >= '0' && raw.charAt(j) <= '7') {
                            v = v * 8 + (raw.charAt(j) - '0');
                            j++;
                        }
                        sb.appendCodePoint(v);
                        consumed = j - i;
                    } else {
                        sb.append('\\').append(e);
                    }
                }
            }
            i += consumed;
        }
        return sb.toString();
    }
}
