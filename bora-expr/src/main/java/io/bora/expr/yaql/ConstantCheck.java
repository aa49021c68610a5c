package io.bora.expr.yaql;

import io.bora.expr.ErrorCategory;
import io.bora.expr.ExpressionException;

import java.util.List;
import java.util.Map;

/**
 * yaql checks constant arguments against the overloads before evaluating anything else, so
 * {@code '' mod f()} fails with "no matching overload" without calling {@code f}. This reproduces
 * that for operators (whose overloads are hand-written in {@link Operators}) from yaql's
 * operator signature table.
 */
final class ConstantCheck {
    private static final ParamType A = ParamType.ANY;
    private static final ParamType N = ParamType.NUM;
    private static final ParamType I = ParamType.INT;
    private static final ParamType S = ParamType.STR;
    private static final ParamType IT = ParamType.ITER;
    private static final ParamType SQ = ParamType.SEQ;
    private static final ParamType M = ParamType.MAP;
    private static final ParamType ST = ParamType.SET;
    private static final ParamType DT = ParamType.DT;
    private static final ParamType TS = ParamType.TS;
    private static final ParamType RE = ParamType.RE;

    /** Marker for a parameter that accepts only null ({@code NoneType}). */
    private static final ParamType[] NULL_OBJ = {null, A};
    private static final ParamType[] OBJ_NULL = {A, null};
    private static final ParamType[] NULL_NULL = {null, null};

    private static final List<ParamType[]> COMPARE = List.of(NULL_NULL, new ParamType[]{N, N},
            new ParamType[]{ST, ST}, new ParamType[]{TS, TS}, NULL_OBJ, new ParamType[]{S, S},
            new ParamType[]{DT, DT}, OBJ_NULL);

    private static final Map<String, List<ParamType[]>> BINARY = Map.of(
            "+", List.of(new ParamType[]{N, N}, new ParamType[]{DT, TS}, new ParamType[]{S, S},
                    new ParamType[]{TS, DT}, new ParamType[]{M, M}, new ParamType[]{TS, TS}, new ParamType[]{IT, IT}),
            "-", List.of(new ParamType[]{ST, ST}, new ParamType[]{TS, TS}, new ParamType[]{N, N},
                    new ParamType[]{DT, TS}, new ParamType[]{DT, DT}),
            "*", List.of(new ParamType[]{I, S}, new ParamType[]{SQ, I}, new ParamType[]{TS, N},
                    new ParamType[]{I, SQ}, new ParamType[]{N, TS}, new ParamType[]{N, N}, new ParamType[]{S, I}),
            "/", List.of(new ParamType[]{TS, TS}, new ParamType[]{N, N}, new ParamType[]{TS, N}),
            "mod", List.<ParamType[]>of(new ParamType[]{N, N}),
            "in", List.of(new ParamType[]{S, S}, new ParamType[]{A, IT}),
            "=~", List.of(new ParamType[]{S, S}, new ParamType[]{S, RE}),
            "!~", List.of(new ParamType[]{S, S}, new ParamType[]{S, RE}));

    private ConstantCheck() {
    }

    static boolean isConstant(Node n) {
        return n instanceof Node.Const || n instanceof Node.Keyword;
    }

    static Object constantValue(Node n) {
        return n instanceof Node.Const c ? c.value() : ((Node.Keyword) n).name();
    }

    /** Fails when no overload of the binary operator accepts its constant operand(s). */
    static void binary(String op, Node left, Node right) {
        boolean lc = isConstant(left);
        boolean rc = isConstant(right);
        if (!lc && !rc) {
            return;
        }
        List<ParamType[]> sigs = op.equals("<") || op.equals(">") || op.equals("<=") || op.equals(">=")
                ? COMPARE : BINARY.get(op);
        if (sigs == null) {
            return;
        }
        for (ParamType[] sig : sigs) {
            if ((!lc || accepts(sig[0], constantValue(left))) && (!rc || accepts(sig[1], constantValue(right)))) {
                return;
            }
        }
        throw new ExpressionException(ErrorCategory.NO_MATCHING_OVERLOAD,
                "No function \"#operator_" + op + "\" matches supplied arguments (" + describe(left) + ", "
                        + describe(right) + ")");
    }

    private static String describe(Node n) {
        return isConstant(n) ? io.bora.expr.value.Py.typeName(constantValue(n)) : "expression";
    }

    private static boolean accepts(ParamType t, Object v) {
        if (t == null) {
            return v == null;
        }
        return t.accepts(v, false);
    }
}
