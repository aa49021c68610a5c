package io.bora.expr.value;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Translates Python {@code re} syntax to java.util.regex. */
public final class PyRegexTranslator {
    public static final int IGNORECASE = 2;
    public static final int MULTILINE = 8;
    public static final int DOTALL = 16;

    private PyRegexTranslator() {
    }

    public static PyRegex compile(String source, int pythonFlags) {
        int flags = Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNICODE_CASE;
        if ((pythonFlags & IGNORECASE) != 0) {
            flags |= Pattern.CASE_INSENSITIVE;
        }
        if ((pythonFlags & MULTILINE) != 0) {
            flags |= Pattern.MULTILINE;
        }
        if ((pythonFlags & DOTALL) != 0) {
            flags |= Pattern.DOTALL;
        }
        try {
            return new PyRegex(source, pythonFlags, Pattern.compile(translate(source), flags));
        } catch (PatternSyntaxException e) {
            throw new ExpressionException(ErrorCategory.VALUE, "re.error: " + e.getDescription() + " at position "
                    + e.getIndex());
        }
    }

    static String translate(String p) {
        return p;
    }
}
