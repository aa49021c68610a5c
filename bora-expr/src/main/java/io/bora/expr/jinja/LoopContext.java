package io.bora.expr.jinja;

import java.util.List;
import java.util.Set;

/** The {@code loop} variable inside a for loop. */
final class LoopContext implements PyObject, PyFunction {
    private static final Set<String> ATTRIBUTES = Set.of("index", "index0", "revindex", "revindex0", "first", "last",
            "length", "previtem", "nextitem", "depth", "depth0", "cycle", "changed");
    private final List<Object> items;
    private final int depth0;
    int index0;
    private Object lastChanged = new Object();
    /** Renders the loop body over other items ({@code loop(children)}); null for non-recursive loops. */
    private final PyFunction recurse;

    LoopContext(List<Object> items, int depth0, PyFunction recurse) {
        this.items = items;
        this.depth0 = depth0;
        this.recurse = recurse;
    }

    @Override
    public Object call(List<Object> args, java.util.Map<String, Object> kwargs) {
        if (recurse == null) {
            throw PyErrors.type("Tried to call non recursive loop. Maybe you forgot the 'recursive' modifier.");
        }
        return recurse.call(args, kwargs);
    }

    @Override
    public String typeName() {
        return "LoopContext";
    }

    @Override
    public boolean hasAttribute(String name) {
        return ATTRIBUTES.contains(name);
    }

    @Override
    public Object attribute(String name) {
        int length = items.size();
        return switch (name) {
            case "index" -> (long) index0 + 1;
            case "index0" -> (long) index0;
            case "revindex" -> (long) (length - index0);
            case "revindex0" -> (long) (length - index0 - 1);
            case "first" -> index0 == 0;
            case "last" -> index0 == length - 1;
            case "length" -> (long) length;
            case "depth" -> (long) depth0 + 1;
            case "depth0" -> (long) depth0;
            case "previtem" -> index0 > 0 ? items.get(index0 - 1) : Undefined.hint("there is no previous item");
            case "nextitem" -> index0 < length - 1 ? items.get(index0 + 1) : Undefined.hint("there is no next item");
            case "cycle" -> (PyFunction) (args, kw) -> {
                if (args.isEmpty()) {
                    throw PyErrors.type("no items for cycling given");
                }
                return args.get(index0 % args.size());
            };
            case "changed" -> (PyFunction) (args, kw) -> {
                Object value = new PyTuple(args);
                if (!PyOps.eq(value, lastChanged)) {
                    lastChanged = value;
                    return true;
                }
                return false;
            };
            default -> null;
        };
    }

    @Override
    public String toString() {
        return "<LoopContext " + (index0 + 1) + "/" + items.size() + ">";
    }
}
