package io.bora.lang;

import io.bora.lang.spec.Transition;
import io.bora.lang.spec.Transitions;
import io.bora.py.PyRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One schema-checked {@code on-success}/{@code on-error}/{@code on-complete} clause. Mistral's
 * reading is kept, quirks included: a clause that is a mapping is always the advanced form (so a
 * bare {@code {t2: <% cond %>}} yields no transition), and a mapping under {@code next} contributes
 * its keys without their conditions.
 */
final class TransitionsBuilder {
    private TransitionsBuilder() {
    }

    @SuppressWarnings("unchecked")
    static Transitions build(Object clause, Where where, ExpressionChecker checker) {
        if (clause == null) {
            return null;
        }
        Map<String, Object> branch = null;
        Map<String, Object> global = null;
        Object next = clause;
        Where nextWhere = where;
        if (clause instanceof Map<?, ?> advanced) {
            Object publish = advanced.get("publish");
            if (publish != null) {
                Map<String, Object> sections = (Map<String, Object>) publish;
                branch = (Map<String, Object>) sections.get("branch");
                global = (Map<String, Object>) sections.get("global");
                Object atomic = sections.get("atomic");
                if (isEmpty(branch) && isEmpty(global) && isEmpty(atomic)) {
                    throw where.child("publish").error("Either 'branch', 'global' or 'atomic' must be specified: ");
                }
                checker.check(branch, where.child("publish").child("branch"));
                checker.check(global, where.child("publish").child("global"));
                checker.check(atomic, where.child("publish").child("atomic"));
            }
            next = advanced.get("next");
            nextWhere = where.child("next");
        }
        return new Transitions(entries(next, nextWhere, checker), branch, global);
    }

    private static boolean isEmpty(Object section) {
        return section == null || section instanceof Map<?, ?> m && m.isEmpty();
    }

    private static List<Transition> entries(Object next, Where where, ExpressionChecker checker) {
        List<Transition> result = new ArrayList<>();
        if (next == null || next instanceof String s && s.isEmpty()) {
            return result;
        }
        if (next instanceof String single) {
            result.add(entry(single, null, where, checker));
        } else if (next instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Object item = list.get(i);
                Where itemWhere = where.item(i);
                if (item instanceof Map<?, ?> conditional && !conditional.isEmpty()) {
                    Map.Entry<?, ?> first = conditional.entrySet().iterator().next();
                    String target = String.valueOf(first.getKey());
                    result.add(entry(target, first.getValue(), itemWhere.child(target), checker));
                } else if (item != null) {
                    result.add(entry(String.valueOf(item), null, itemWhere, checker));
                }
            }
        } else if (next instanceof Map<?, ?> map) {
            for (Object key : map.keySet()) {
                result.add(entry(String.valueOf(key), null, where, checker));
            }
        }
        return result;
    }

    private static Transition entry(String text, Object condition, Where where, ExpressionChecker checker) {
        io.bora.lang.InlineCall call;
        try {
            call = InlineParser.parse(text);
        } catch (DslException e) {
            throw where.relocate(e);
        }
        checker.check(call.name(), where);
        String cond = null;
        if (condition instanceof String c) {
            cond = c.isEmpty() ? null : c;
        } else if (condition != null) {
            cond = PyRepr.repr(condition);
        }
        checker.check(cond, where);
        return new Transition(call.name(), call.params(), cond);
    }
}
