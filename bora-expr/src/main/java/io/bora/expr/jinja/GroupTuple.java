package io.bora.expr.jinja;

import java.util.List;

/** The {@code (grouper, list)} named tuple the {@code groupby} filter yields. */
final class GroupTuple extends PyTuple {
    GroupTuple(Object grouper, List<Object> list) {
        super(java.util.Arrays.asList(grouper, list));
    }

    Object grouper() {
        return get(0);
    }

    Object list() {
        return get(1);
    }
}
