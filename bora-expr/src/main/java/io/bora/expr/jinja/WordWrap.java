package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jinja's {@code wordwrap} filter: Python's {@code textwrap.wrap} per line (greedy fill, whitespace
 * dropped at line breaks, long words broken, optionally after hyphens), lines joined by {@code wrapstring}.
 */
final class WordWrap {
    private static final Pattern CHUNK = Pattern.compile("\\s+|[^\\s]+");
    private static final Pattern HYPHEN_BREAK = Pattern.compile("(?<=[^\\W\\d_]-)(?=[^\\W\\d_])",
            Pattern.UNICODE_CHARACTER_CLASS);

    private WordWrap() {
    }

    static String wrap(String text, int width, boolean breakLongWords, String wrapString, boolean breakOnHyphens) {
        if (width <= 0) {
            throw PyErrors.value("invalid width " + width + " (must be > 0)");
        }
        List<String> out = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object> lines = (List<Object>) PyMethods.invoke(text, "splitlines", List.of(), java.util.Map.of());
        for (Object line : lines) {
            out.add(String.join(wrapString, wrapLine((String) line, width, breakLongWords, breakOnHyphens)));
        }
        return String.join(wrapString, out);
    }

    private static List<String> wrapLine(String text, int width, boolean breakLongWords, boolean breakOnHyphens) {
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(text);
        while (m.find()) {
            String chunk = m.group();
            if (breakOnHyphens && !chunk.isBlank()) {
                chunks.addAll(List.of(HYPHEN_BREAK.split(chunk)));
            } else {
                chunks.add(chunk);
            }
        }
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            List<String> current = new ArrayList<>();
            int length = 0;
            if (chunks.get(next).isBlank() && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size() && length + len(chunks.get(next)) <= width) {
                length += len(chunks.get(next));
                current.add(chunks.get(next++));
            }
            if (next < chunks.size() && len(chunks.get(next)) > width) {
                String chunk = chunks.get(next);
                int spaceLeft = Math.max(width - length, 1);
                if (breakLongWords) {
                    int end = spaceLeft;
                    if (breakOnHyphens && len(chunk) > spaceLeft) {
                        String head = PyStrings.slice(chunk, 0, spaceLeft);
                        int hyphen = head.lastIndexOf('-');
                        if (hyphen > 0 && !head.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
                            end = PyStrings.cpIndex(head, hyphen) + 1;
                        }
                    }
                    current.add(PyStrings.slice(chunk, 0, end));
                    chunks.set(next, PyStrings.slice(chunk, end, len(chunk)));
                } else if (current.isEmpty()) {
                    current.add(chunks.get(next++));
                }
            }
            if (!current.isEmpty() && current.get(current.size() - 1).isBlank()) {
                current.remove(current.size() - 1);
            }
            if (!current.isEmpty()) {
                lines.add(String.join("", current));
            }
        }
        return lines;
    }

    private static int len(String s) {
        return PyStrings.length(s);
    }
}
