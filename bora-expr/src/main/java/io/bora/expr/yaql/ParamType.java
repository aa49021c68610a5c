package io.bora.expr.yaql;

import io.bora.expr.value.LazySeq;
import io.bora.expr.value.Py;
import io.bora.expr.value.PyDateTime;
import io.bora.expr.value.PyRegex;
import io.bora.expr.value.PySet;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Parameter type checks of yaql's standard library (spec §5.3). */
enum ParamType {
    ANY, NUM, INT, STR, ITER, SEQ, MAP, SET, BOOL, DT, TS, RE, CTX, LAMBDA, RULE, ITERATOR;

    static ParamType of(String code) {
        return switch (code) {
            case "any" -> ANY;
            case "num" -> NUM;
            case "int" -> INT;
            case "str" -> STR;
            case "iter" -> ITER;
            case "seq" -> SEQ;
            case "map" -> MAP;
            case "set" -> SET;
            case "bool" -> BOOL;
            case "dt" -> DT;
            case "ts" -> TS;
            case "re" -> RE;
            case "ctx" -> CTX;
            case "lambda" -> LAMBDA;
            case "rule" -> RULE;
            case "iterator" -> ITERATOR;
            default -> throw new IllegalArgumentException(code);
        };
    }

    boolean accepts(Object v, boolean nullable) {
        if (v == null) {
            return nullable || this == ANY;
        }
        return switch (this) {
            case ANY -> true;
            case NUM -> Py.isNumber(v);
            case INT -> Py.isIntOrBool(v);
            case STR -> v instanceof String;
            case ITER -> v instanceof List || v instanceof PySet || v instanceof LazySeq;
            case SEQ -> v instanceof List;
            case MAP -> v instanceof Map;
            case SET -> v instanceof PySet;
            case BOOL -> v instanceof Boolean;
            case DT -> v instanceof PyDateTime;
            case TS -> v instanceof Duration;
            case RE -> v instanceof PyRegex;
            case CTX -> v instanceof ContextValue;
            case ITERATOR -> v instanceof LazySeq seq && !seq.isView();
            case LAMBDA, RULE -> false;
        };
    }
}
