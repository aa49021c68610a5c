package io.bora.expr.yaql;

final class StringLib {
    private StringLib() {
    }

    static void register(Registry r) {
    }
}
