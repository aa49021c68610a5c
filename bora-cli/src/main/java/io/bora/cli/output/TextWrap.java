package io.bora.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code textwrap.fill(text, width)} with its default options, which the mistral client uses for
 * tags: words split at whitespace and after hyphens inside words, greedy filling, over-long words broken.
 */
public final class TextWrap {
    private static final String WS = "[ \\t\\n\\x0b\\x0c\\r]";
    private static final String NWS = "[^ \\t\\n\\x0b\\x0c\\r]";
    private static final String LETTER = "[^\\d\\W]";
    private static final String WORD_PUNCT = "[\\w!\"'&.,?]";
    /** textwrap's wordsep_re: whitespace runs, em-dashes, and (possibly hyphenated) words. */
    private static final Pattern CHUNK = Pattern.compile(
            "(" + WS + "+"
                    + "|(?<=" + WORD_PUNCT + ")-{2,}(?=\\w)"
                    + "|" + NWS + "+?(?:"
                    + "-(?:(?<=" + LETTER + "{2}-)|(?<=" + LETTER + "-" + LETTER + "-))(?=" + LETTER + "-?" + LETTER + ")"
                    + "|(?=" + WS + "|\\z)"
                    + "|(?<=" + WORD_PUNCT + ")(?=-{2,}\\w)"
                    + "))",
            Pattern.UNICODE_CHARACTER_CLASS);

    private TextWrap() {
    }

    public static String fill(String text, int width) {
        return String.join("\n", wrap(text, width));
    }

    static List<String> wrap(String text, int width) {
        String munged = text.replace("\t", "        ").replaceAll("[\\n\\x0b\\x0c\\r]", " ");
        List<String> chunks = new ArrayList<>();
        Matcher m = CHUNK.matcher(munged);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                chunks.add(munged.substring(last, m.start()));
            }
            if (!m.group().isEmpty()) {
                chunks.add(m.group());
            }
            last = m.end();
        }
        if (last < munged.length()) {
            chunks.add(munged.substring(last));
        }
        return wrapChunks(chunks, width);
    }

    /** textwrap's _wrap_chunks; {@code chunks} is consumed front to back. */
    private static List<String> wrapChunks(List<String> chunks, int width) {
        List<String> lines = new ArrayList<>();
        int next = 0;
        while (next < chunks.size()) {
            List<String> line = new ArrayList<>();
            int length = 0;
            if (chunks.get(next).isBlank() && !lines.isEmpty()) {
                next++;
            }
            while (next < chunks.size() && length + chunks.get(next).length() <= width) {
                length += chunks.get(next).length();
                line.add(chunks.get(next++));
            }
            if (next < chunks.size() && chunks.get(next).length() > width) {
                // Break the long word: at its last hyphen that fits, else at the width.
                String chunk = chunks.get(next);
                int room = width - length;
                int end = room;
                int hyphen = chunk.lastIndexOf('-', room - 1);
                if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
                    end = hyphen + 1;
                }
                line.add(chunk.substring(0, end));
                chunks.set(next, chunk.substring(end));
            }
            if (!line.isEmpty() && line.get(line.size() - 1).isBlank()) {
                line.remove(line.size() - 1);
            }
            if (!line.isEmpty()) {
                lines.add(String.join("", line));
            }
        }
        return lines;
    }
}
