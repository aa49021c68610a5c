package io.bora.expr.jinja;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/** Arguments of a call to a filter, test, global or method, read the way Python binds them. */
record CallArgs(String fn, List<Object> pos, Map<String, Object> kw) {

    Object get(int i, String key, Object dflt) {
        if (i < pos.size()) {
            return pos.get(i);
        }
        return kw.containsKey(key) ? kw.get(key) : dflt;
    }

    boolean has(int i, String key) {
        return i < pos.size() || kw.containsKey(key);
    }

    Object required(int i, String key) {
        if (!has(i, key)) {
            throw PyErrors.type(fn + "() missing 1 required positional argument: '" + key + "'");
        }
        return get(i, key, null);
    }

    String str(int i, String key, String dflt) {
        Object v = Undefined.strict(get(i, key, dflt));
        if (v != null && !(v instanceof String)) {
            throw PyErrors.type(fn + "() argument must be str or None, not " + PyText.typeName(v));
        }
        return (String) v;
    }

    boolean bool(int i, String key, boolean dflt) {
        return PyOps.truthy(get(i, key, dflt));
    }

    int integer(int i, String key, int dflt) {
        Object v = Undefined.strict(get(i, key, (long) dflt));
        if (!PyNum.isInt(v)) {
            throw PyErrors.type("'" + PyText.typeName(v) + "' object cannot be interpreted as an integer");
        }
        return PyNum.big(v).max(BigInteger.valueOf(Integer.MIN_VALUE)).min(BigInteger.valueOf(Integer.MAX_VALUE))
                .intValue();
    }

    /** Rejects arguments the callee does not declare, with Python's TypeErrors. */
    void check(List<String> params) {
        if (pos.size() > params.size()) {
            throw PyErrors.type(fn + "() takes " + (params.size() + 1) + " positional arguments but "
                    + (pos.size() + 1) + " were given");
        }
        for (String k : kw.keySet()) {
            int i = params.indexOf(k);
            if (i < 0) {
                throw PyErrors.type(fn + "() got an unexpected keyword argument '" + k + "'");
            }
            if (i < pos.size()) {
                throw PyErrors.type(fn + "() got multiple values for argument '" + k + "'");
            }
        }
    }

    /** Rejects more positional arguments than the callee accepts, like Python does. */
    CallArgs atMost(int n) {
        if (pos.size() > n) {
            throw PyErrors.type(fn + "() takes from 1 to " + (n + 1) + " positional arguments but "
                    + (pos.size() + 1) + " were given");
        }
        return this;
    }
}
