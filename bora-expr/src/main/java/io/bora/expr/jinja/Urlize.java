package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Jinja's {@code urlize} filter: URLs and e-mail addresses in (escaped) text become links. */
final class Urlize {
    private static final Pattern WORDS = Pattern.compile("(\\s+)");
    private static final Pattern HEAD = Pattern.compile("^([(<]|&lt;)+");
    private static final Pattern TAIL = Pattern.compile("([)>.,\\n]|&gt;)+$");
    private static final Pattern HTTP = Pattern.compile(
            "^((https?://|www\\.)(([\\w%-]+\\.)+)?([a-z]{2,63}|xn--[\\w%]{2,59})|([\\w%-]{2,63}\\.)+"
                    + "(com|net|int|edu|gov|org|info|mil)|(https?://)((([\\d]{1,3})(\\.[\\d]{1,3}){3})"
                    + "|(\\[([\\da-f]{0,4}:){2}([\\da-f]{0,4}:?){1,6}])))(?::[\\d]{1,5})?(?:[/?#]\\S*)?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern EMAIL = Pattern.compile("^\\S+@\\w[\\w.-]*\\.\\w+$", Pattern.UNICODE_CHARACTER_CLASS);

    private Urlize() {
    }

    static String urlize(String text, Integer trimUrlLimit, boolean nofollow, String target, String rel) {
        Set<String> relParts = new LinkedHashSet<>();
        if (rel != null) {
            relParts.addAll(List.of(rel.split("\\s+")));
            relParts.remove("");
        }
        if (nofollow) {
            relParts.add("nofollow");
        }
        relParts.add("noopener");
        String relAttr = " rel=\"" + TextFilters.escape(String.join(" ", relParts.stream().sorted().toList())) + "\"";
        String targetAttr = target == null || target.isEmpty() ? "" : " target=\"" + TextFilters.escape(target) + "\"";
        List<String> words = splitKeepingSeparators(TextFilters.escape(text));
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            out.append(link(word, trimUrlLimit, relAttr, targetAttr));
        }
        return out.toString();
    }

    private static List<String> splitKeepingSeparators(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORDS.matcher(s);
        int last = 0;
        while (m.find()) {
            out.add(s.substring(last, m.start()));
            out.add(m.group());
            last = m.end();
        }
        out.add(s.substring(last));
        return out;
    }

    private static String link(String word, Integer trimUrlLimit, String relAttr, String targetAttr) {
        String head = "";
        String middle = word;
        String tail = "";
        Matcher h = HEAD.matcher(middle);
        if (h.find()) {
            head = h.group();
            middle = middle.substring(h.end());
        }
        Matcher t = TAIL.matcher(middle);
        if (t.find()) {
            tail = t.group();
            middle = middle.substring(0, t.start());
        }
        String[][] pairs = {{"(", ")"}, {"<", ">"}, {"&lt;", "&gt;"}};
        for (String[] pair : pairs) {
            int starts = PyStrings.count(middle, pair[0]);
            if (starts <= PyStrings.count(middle, pair[1])) {
                continue;
            }
            int moves = Math.min(starts, PyStrings.count(tail, pair[1]));
            for (int k = 0; k < moves; k++) {
                int end = tail.indexOf(pair[1]) + pair[1].length();
                middle += tail.substring(0, end);
                tail = tail.substring(end);
            }
        }
        if (HTTP.matcher(middle).matches()) {
            String href = middle.startsWith("https://") || middle.startsWith("http://") ? middle : "https://" + middle;
            String shown = trimUrlLimit != null && PyStrings.length(middle) > trimUrlLimit
                    ? PyStrings.slice(middle, 0, trimUrlLimit) + "..." : middle;
            middle = "<a href=\"" + href + "\"" + relAttr + targetAttr + ">" + shown + "</a>";
        } else if (middle.startsWith("mailto:") && EMAIL.matcher(middle.substring(7)).matches()) {
            middle = "<a href=\"" + middle + "\">" + middle.substring(7) + "</a>";
        } else if (middle.contains("@") && !middle.startsWith("www.") && !middle.contains(":")
                && EMAIL.matcher(middle).matches()) {
            middle = "<a href=\"mailto:" + middle + "\">" + middle + "</a>";
        }
        return head + middle + tail;
    }
}
