package io.bora.expr.yaql;

import io.bora.expr.value.PyRegex;
import io.bora.expr.value.PyRegexTranslator;

/** Python {@code re} functions (spec §8.5). */
final class RegexLib {
    private RegexLib() {
    }

    static PyRegex compile(String pattern, int flags) {
        return PyRegexTranslator.compile(pattern, flags);
    }

    static void register(Registry r) {
    }
}
