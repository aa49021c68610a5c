package io.bora.expr.jinja;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML flow-style value: {@code [..]}, {@code {..}}, a quoted or a plain scalar. */
final class YamlFlow {
    private final String s;
    private int pos;

    YamlFlow(String s) {
        this.s = s;
    }

    /** The value of {@code text}, which must hold exactly one flow value. */
    static Object parseWhole(String text) {
        YamlFlow f = new YamlFlow(text);
        Object v = f.value(false);
        f.ws();
        if (f.pos < text.length()) {
            throw PyErrors.value("expected <block end>, but found '" + text.charAt(f.pos) + "'");
        }
        return v;
    }

    void ws() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
    }

    Object value(boolean inFlow) {
        ws();
        if (pos >= s.length()) {
            return null;
        }
        char c = s.charAt(pos);
        if (c == '[') {
            pos++;
            List<Object> out = new ArrayList<>();
            while (true) {
                ws();
                if (pos >= s.length()) {
                    throw PyErrors.value("while parsing a flow sequence: expected ',' or ']', but got '<stream end>'");
                }
                if (s.charAt(pos) == ']') {
                    pos++;
                    return out;
                }
                out.add(value(true));
                ws();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= s.length() || s.charAt(pos) != ']') {
                    throw PyErrors.value("while parsing a flow sequence: expected ',' or ']'");
                }
            }
        }
        if (c == '{') {
            pos++;
            Map<Object, Object> out = new LinkedHashMap<>();
            while (true) {
                ws();
                if (pos >= s.length()) {
                    throw PyErrors.value("while parsing a flow mapping: expected ',' or '}', but got '<stream end>'");
                }
                if (s.charAt(pos) == '}') {
                    pos++;
                    return out;
                }
                Object key = value(true);
                ws();
                Object val = null;
                if (pos < s.length() && s.charAt(pos) == ':') {
                    pos++;
                    val = value(true);
                }
                Dicts.put(out, key, val);
                ws();
                if (pos < s.length() && s.charAt(pos) == ',') {
                    pos++;
                } else if (pos >= s.length() || s.charAt(pos) != '}') {
                    throw PyErrors.value("while parsing a flow mapping: expected ',' or '}'");
                }
            }
        }
        if (c == '\'') {
            StringBuilder sb = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) {
                    throw PyErrors.value("while scanning a quoted scalar: found unexpected end of stream");
                }
                char d = s.charAt(pos++);
                if (d == '\'') {
                    if (pos < s.length() && s.charAt(pos) == '\'') {
                        sb.append('\'');
                        pos++;
                    } else {
                        return sb.toString();
                    }
                } else {
                    sb.append(d);
                }
            }
        }
        if (c == '"') {
            StringBuilder raw = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= s.length()) {
                    throw PyErrors.value("while scanning a quoted scalar: found unexpected end of stream");
                }
                char d = s.charAt(pos++);
                if (d == '\\' && pos < s.length()) {
                    raw.append(d).append(s.charAt(pos++));
                } else if (d == '"') {
                    return PyEscapes.decode(raw.toString().replace("\\/", "/").replace("\\e", "\u001b")
                            .replace("\\N", "\u0085").replace("\\_", "\u00a0"));
                } else {
                    raw.append(d);
                }
            }
        }
        int start = pos;
        while (pos < s.length()) {
            char d = s.charAt(pos);
            if (inFlow && (d == ',' || d == ']' || d == '}')) {
                break;
            }
            if (inFlow && d == ':' && (pos + 1 >= s.length() || " ,]}".indexOf(s.charAt(pos + 1)) >= 0)) {
                break;
            }
            pos++;
        }
        return YamlScalars.resolve(s.substring(start, pos).strip());
    }
}
