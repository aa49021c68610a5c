package io.bora.expr.jinja;

/** Decodes backslash escapes of a Jinja string literal the way Python's unicode-escape codec does. */
final class PyEscapes {
    private PyEscapes() {
    }

    static String decode(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = s.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = hex(s, i, 2, out);
                case 'u' -> i = hex(s, i, 4, out);
                case 'U' -> i = hex(s, i, 8, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        while (end < s.length() && end < i + 2 && s.charAt(end) >= '0' && s.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(s.substring(i - 1, end), 8));
                        i = end;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int hex(String s, int i, int len, StringBuilder out) {
        if (i + len > s.length()) {
            throw PyErrors.value("truncated escape sequence");
        }
        try {
            out.appendCodePoint(Integer.parseInt(s.substring(i, i + len), 16));
        } catch (IllegalArgumentException e) {
            throw PyErrors.value("truncated escape sequence");
        }
        return i + len;
    }
}
