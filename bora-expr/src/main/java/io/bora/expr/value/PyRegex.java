package io.bora.expr.value;

import java.util.regex.Pattern;

/** A compiled Python {@code re} pattern: the source text and its java.util.regex translation. */
public record PyRegex(String source, int pythonFlags, Pattern pattern) {
    @Override
    public boolean equals(Object o) {
        return o instanceof PyRegex r && r.source.equals(source) && r.pythonFlags == pythonFlags;
    }

    @Override
    public int hashCode() {
        return source.hashCode() * 31 + pythonFlags;
    }
}
