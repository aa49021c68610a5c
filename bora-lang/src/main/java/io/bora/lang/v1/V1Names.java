package io.bora.lang.v1;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** v2 names allow fewer characters than v1 ones (tasks: word characters; actions: also dashes). */
final class V1Names {
    private V1Names() {
    }

    static String word(String name, boolean dashes) {
        String w = name.replaceAll(dashes ? "[^\\w-]" : "\\W", "_");
        return w.isEmpty() || w.equals("version") ? "_" + w : w;
    }

    /** v1 task name -> a distinct v2 task name, the same name whenever v2 allows it. */
    static Map<String, String> tasks(Iterable<String> v1Names) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        taken.add(V1Workbook.START_TASK);
        for (String n : v1Names) {
            if (n.matches("\\w+") && !n.equals(V1Workbook.START_TASK)) {
                out.put(n, n);
                taken.add(n);
            }
        }
        for (String n : v1Names) {
            if (out.containsKey(n)) {
                continue;
            }
            String candidate = word(n, false);
            for (int i = 2; !taken.add(candidate); i++) {
                candidate = word(n, false) + "_" + i;
            }
            out.put(n, candidate);
        }
        return out;
    }
}
