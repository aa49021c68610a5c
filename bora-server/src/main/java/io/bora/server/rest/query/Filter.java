package io.bora.server.rest.query;

import io.bora.engine.port.ListQuery;
import io.bora.py.PyRepr;

import java.util.List;

/**
 * One query filter as the client wrote it. {@code value} is a String, or a List of Strings for
 * {@code in}/{@code nin} and for {@code tags} (which must all be present).
 */
public record Filter(String field, ListQuery.Op op, Object value) {

    /** Mistral's rendering in {@code next} links: {@code eq:SUCCESS}, {@code in:['a', 'b']}, {@code eq:None}. */
    public String linkValue() {
        String opName = op == ListQuery.Op.IS_NULL ? "eq" : op.name().toLowerCase();
        String text;
        if (op == ListQuery.Op.IS_NULL) {
            text = "None";
        } else if (value instanceof List<?> list && (op == ListQuery.Op.IN || op == ListQuery.Op.NIN)) {
            text = io.bora.py.PyRepr.repr(list);
        } else if (value instanceof List<?> list) {
            text = String.join(",", list.stream().map(String::valueOf).toList());
        } else {
            text = String.valueOf(value);
        }
        return opName + ":" + text;
    }
}
