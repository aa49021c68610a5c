package io.bora.actions;

import io.bora.py.PyJson;
import java.util.List;
import java.util.StringJoiner;

/** Renders a parameter list the way Mistral's API shows it: {@code url, method="GET", params=null}. */
final class Signatures {

    private Signatures() {
    }

    static String render(List<ActionParameter> parameters) {
        StringJoiner joined = new StringJoiner(", ");
        for (ActionParameter p : parameters) {
            if (p.required() || p.isCatchAll()) {
                joined.add(p.name());
            } else {
                joined.add(p.name() + "=" + json(p.defaultValue()));
            }
        }
        return joined.toString();
    }

    /** Mistral formats defaults with json.dumps. */
    static String json(Object value) {
        return PyJson.dumps(value);
    }
}
