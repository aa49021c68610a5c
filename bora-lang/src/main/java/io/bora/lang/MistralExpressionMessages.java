package io.bora.lang;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bora-expr's parse errors, which name the expression and a 1-based position, into the
 * messages Mistral answers at upload: yaql's "Parse error: ..." / "Lexical error: ... at position N"
 * (position counted in the text between the delimiters, spaces included) and Jinja's
 * "Syntax error '...'.". Unknown formats pass through unchanged.
 */
final class MistralExpressionMessages {
    private static final Pattern YAQL = Pattern.compile("^YAQL parse error at (\\d+) in '(.*)': (.*)$", Pattern.DOTALL);
    private static final Pattern JINJA = Pattern.compile("^Jinja syntax error at (\\d+) in '(.*)': (.*)$",
            Pattern.DOTALL);
    private static final Pattern INLINE_YAQL = Pattern.compile("<%(.*?)%>");

    private MistralExpressionMessages() {
    }

    static String of(String text, String message) {
        Matcher yaql = YAQL.matcher(message);
        if (yaql.matches()) {
            String detail = yaql.group(3);
            int position = Integer.parseInt(yaql.group(1)) - 1 + leadingSpaces(text, yaql.group(2));
            if (detail.equals("unexpected end of expression")) {
                return "Parse error: unexpected end of statement";
            }
            if (detail.startsWith("Lexical error:")) {
                return detail + " at position " + position;
            }
            if (detail.startsWith("unexpected ")) {
                return "Parse error: " + detail + " at position " + position;
            }
            return detail;
        }
        Matcher jinja = JINJA.matcher(message);
        if (jinja.matches()) {
            return "Syntax error '" + jinja.group(3) + "'.";
        }
        return message;
    }

    /** Whitespace yaql saw before {@code source} inside its {@code <% %>} delimiters. */
    private static int leadingSpaces(String text, String source) {
        Matcher m = INLINE_YAQL.matcher(text);
        while (m.find()) {
            String inner = m.group(1);
            if (inner.strip().equals(source.strip())) {
                return inner.length() - inner.stripLeading().length();
            }
        }
        return 0;
    }
}
