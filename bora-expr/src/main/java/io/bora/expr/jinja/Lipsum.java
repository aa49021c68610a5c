package io.bora.expr.jinja;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Jinja's {@code lipsum(n=5, html=True, min=20, max=100)}: random lorem ipsum paragraphs. */
final class Lipsum {
    private static final List<String> WORDS = List.of("lorem", "ipsum", "dolor", "sit", "amet", "consectetur",
            "adipiscing", "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore", "et", "dolore",
            "magna", "aliqua", "enim", "ad", "minim", "veniam", "quis", "nostrud", "exercitation", "ullamco",
            "laboris", "nisi", "aliquip", "ex", "ea", "commodo", "consequat");

    private Lipsum() {
    }

    static Object generate(CallArgs a) {
        a.check(List.of("n", "html", "min", "max"));
        int n = a.integer(0, "n", 5);
        boolean html = a.bool(1, "html", true);
        int min = a.integer(2, "min", 20);
        int max = a.integer(3, "max", 100);
        if (n > 0 && max <= min) {
            // Python's randrange(min, max) excludes max
            throw PyErrors.value("empty range for randrange() (" + min + ", " + max + ", " + (max - min) + ")");
        }
        if ((long) n * max > PyOps.MAX_SIZE) {
            throw PyErrors.limit("lipsum output too large");
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder out = new StringBuilder();
        for (int p = 0; p < n; p++) {
            int words = min + random.nextInt(max - min);
            StringBuilder para = new StringBuilder();
            boolean capitalize = true;
            for (int w = 0; w < words; w++) {
                String word = WORDS.get(random.nextInt(WORDS.size()));
                if (capitalize) {
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    capitalize = false;
                }
                if (w > 0) {
                    para.append(' ');
                }
                para.append(word);
                if (w == words - 1 || random.nextInt(10) == 0) {
                    para.append('.');
                    capitalize = true;
                } else if (random.nextInt(8) == 0) {
                    para.append(',');
                }
            }
            if (p > 0) {
                out.append("\n\n");
            }
            out.append(html ? "<p>" + TextFilters.escape(para.toString()) + "</p>" : para);
        }
        return html ? new Markup(out.toString()) : out.toString();
    }
}
