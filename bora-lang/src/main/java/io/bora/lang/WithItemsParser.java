package io.bora.lang;

import io.bora.expr.ExpressionException;
import io.bora.expr.value.JsonReader;
import io.bora.lang.spec.WithItem;
import io.bora.py.PyRepr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code with-items: x in <% $.list %>} (or a list of such), with Mistral's pattern and messages. */
final class WithItemsParser {
    private static final Pattern ITEM = Pattern.compile(
            "\\s*([\\w\\d_\\-]+)\\s*in\\s*(\\[.+]|<%.*?%>|\\{\\{(.*?)}}|\\{%(.*?)%})",
            Pattern.UNICODE_CHARACTER_CLASS);

    private WithItemsParser() {
    }

    static List<WithItem> parse(Object raw, Map<String, Object> taskData, Where where, ExpressionChecker checker) {
        if (raw == null) {
            return List.of();
        }
        List<?> entries = raw instanceof String s ? List.of(s) : (List<?>) raw;
        Map<String, Object> byVariable = new LinkedHashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            Object entry = entries.get(i);
            Where itemWhere = raw instanceof String ? where : where.item(i);
            if (!(entry instanceof String text)) {
                throw itemWhere.error("'with-items' elements should be strings: " + PyRepr.repr(taskData));
            }
            Matcher m = ITEM.matcher(text);
            if (!m.lookingAt()) {
                throw itemWhere.error("Wrong format of 'with-items' property. Please use format "
                        + "'var in {[some, list] | <% $.array %> }: " + PyRepr.repr(taskData));
            }
            String array = m.group(2);
            checker.check(array, itemWhere);
            Object source = array;
            if (array.startsWith("[")) {
                try {
                    source = JsonReader.parse(array);
                } catch (ExpressionException e) {
                    throw itemWhere.error("Invalid array in 'with-items' clause: " + array + ", error: "
                            + e.getMessage());
                }
            }
            byVariable.put(m.group(1), source);
        }
        List<WithItem> items = new ArrayList<>();
        byVariable.forEach((variable, source) -> items.add(new WithItem(variable, source)));
        return items;
    }
}
