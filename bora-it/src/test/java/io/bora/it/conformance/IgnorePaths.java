package io.bora.it.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Drops the case's {@code compare.ignore} paths from a view: dotted segments, each a shell glob
 * matched against map keys ({@code fnmatchcase}); lists on the way are traversed element-wise.
 */
final class IgnorePaths {
    private IgnorePaths() {
    }

    static void apply(Object view, List<String> paths) {
        if (paths == null) return;
        for (String p : paths) drop(view, List.of(p.split("\\.", -1)));
    }

    private static void drop(Object node, List<String> segments) {
        if (node instanceof List<?> l) {
            for (Object x : l) drop(x, segments);
            return;
        }
        if (!(node instanceof Map<?, ?> map) || segments.isEmpty()) return;
        Pattern head = glob(segments.get(0));
        List<String> rest = segments.subList(1, segments.size());
        for (Object k : new ArrayList<>(map.keySet())) {
            if (!head.matcher(String.valueOf(k)).matches()) continue;
            if (rest.isEmpty()) map.remove(k);
            else drop(map.get(k), rest);
        }
    }

    /** Python's fnmatch.translate: {@code *}, {@code ?}, {@code [seq]}, {@code [!seq]}. */
    static Pattern glob(String pattern) {
        StringBuilder re = new StringBuilder();
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i++);
            if (c == '*') {
                re.append(".*");
            } else if (c == '?') {
                re.append('.');
            } else if (c == '[') {
                int j = i;
                if (j < n && pattern.charAt(j) == '!') j++;
                if (j < n && pattern.charAt(j) == ']') j++;
                while (j < n && pattern.charAt(j) != ']') j++;
                if (j >= n) {
                    re.append("\\[");
                } else {
                    String set = pattern.substring(i, j).replace("\\", "\\\\");
                    i = j + 1;
                    if (set.startsWith("!")) set = "^" + set.substring(1);
                    else if (set.startsWith("^")) set = "\\" + set;
                    re.append('[').append(set.replace("[", "\\[")).append(']');
                }
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }
}
