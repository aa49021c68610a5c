package io.bora.bench.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expressions and the data context of the expression benchmark. bench/python_expressions.py
 * builds the same data and evaluates the same texts; change both together. The Jinja case reads
 * {@code _['items']}: {@code _.items} is the dict's items method in Jinja, as in Python.
 */
public final class ExpressionCases {
    public static final Map<String, String> ALL = Map.of(
            "attr", "<% $.a.b %>",
            "whereSelect", "<% $.list.where($ > 3).select($ * 2) %>",
            "groupBy", "<% $.items.groupBy($.k) %>",
            "jinjaLoop", "{% for i in _['items'] %}{{ i.name | upper }}={{ i.v | round(1) }}{% if not loop.last %}, {% endif %}{% endfor %}");

    private ExpressionCases() {
    }

    /** a.b = 1; list = 0..9; items = 20 dicts {k: k0..k2, name: n0.., v: i * 1.5}. */
    public static Map<String, Object> context() {
        List<Object> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(i);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("k", "k" + (i % 3));
            item.put("name", "n" + i);
            item.put("v", i * 1.5);
            items.add(item);
        }
        Map<String, Object> ctx = new LinkedHashMap<>();
        ctx.put("a", Map.of("b", 1));
        ctx.put("list", list);
        ctx.put("items", items);
        return ctx;
    }
}
