package io.bora.expr.mistral;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

/** PyYAML's safe_dump/safe_load as Mistral calls them. */
public final class YamlText {
    private YamlText() {
    }

    public static String dump(Object value) {
        throw new ExpressionException(ErrorCategory.VALUE, "yaml_dump is not available yet");
    }

    public static Object parse(String text) {
        throw new ExpressionException(ErrorCategory.VALUE, "yaml_parse is not available yet");
    }
}
