#!/usr/bin/env python3
"""Times the expressions of bora-bench's ExpressionBenchmark in Python, evaluated the way
Mistral 15 evaluates them, so BENCHMARKS.md can give a Java/Python ratio.

Preferred: Mistral's own evaluators (mistral.expressions.yaql_expression / jinja_expression,
python3-mistral installed), which bring Mistral's yaql engine options, its registered functions
and its sandboxed Jinja2 environment. Fallback (--standalone, or when mistral is not importable):
yaql 2.0 with Mistral's default engine options and jinja2's SandboxedEnvironment.

Each case: parse + evaluate per call (what a workflow pays per evaluation), best of --repeat
timeit runs of --number calls, printed as microseconds per call, one JSON line per case.

    /usr/bin/python3 bench/python_expressions.py [--repeat 5] [--number 2000] [--standalone]
"""
import argparse
import json
import sys
import timeit

CASES = {
    "attr": "<% $.a.b %>",
    "whereSelect": "<% $.list.where($ > 3).select($ * 2) %>",
    "groupBy": "<% $.items.groupBy($.k) %>",
    "jinjaLoop": "{% for i in _['items'] %}{{ i.name | upper }}={{ i.v | round(1) }}"
                 "{% if not loop.last %}, {% endif %}{% endfor %}",
}


def context():
    """The same data as io.bora.bench.expr.ExpressionCases.context()."""
    return {
        "a": {"b": 1},
        "list": list(range(10)),
        "items": [{"k": "k%d" % (i % 3), "name": "n%d" % i, "v": i * 1.5} for i in range(20)],
    }


def mistral_evaluator():
    """Mistral's evaluate() for a string: picks Jinja or YAQL exactly as Mistral does."""
    from mistral import config  # noqa: F401  registers the [yaql] options with their defaults
    from oslo_config import cfg
    cfg.CONF([], project="mistral", default_config_files=[])
    from mistral import expressions
    return "mistral.expressions.evaluate", expressions.evaluate


def standalone_evaluator():
    """yaql engine with Mistral 15's default [yaql] options; Jinja2 sandboxed environment."""
    import re
    import jinja2.sandbox
    import yaql
    from yaql.language import factory

    engine = factory.YaqlFactory().create(options={
        "yaql.limitIterators": -1,
        "yaql.memoryQuota": -1,
        "yaql.convertTuplesToLists": True,
        "yaql.convertSetsToLists": False,
        "yaql.iterableDicts": False,
        "yaql.convertOutputData": True,
    })
    root = yaql.create_context()
    jinja_env = jinja2.sandbox.SandboxedEnvironment(undefined=jinja2.StrictUndefined,
                                                    trim_blocks=True, lstrip_blocks=True)
    yaql_inline = re.compile(r"<%(.*?)%>")

    def evaluate(text, ctx):
        m = yaql_inline.fullmatch(text.strip())
        if m:
            child = root.create_child_context()
            child["$"] = ctx
            return engine(m.group(1).strip()).evaluate(context=child)
        return jinja_env.from_string(text).render(_=ctx)

    return "standalone yaql 2.0 + jinja2 SandboxedEnvironment", evaluate


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--number", type=int, default=2000)
    ap.add_argument("--standalone", action="store_true", help="do not use mistral's evaluators")
    args = ap.parse_args()

    how, evaluate = None, None
    if not args.standalone:
        try:
            how, evaluate = mistral_evaluator()
        except Exception as e:  # mistral not installed or not configurable here
            print("mistral evaluators unavailable (%s: %s); standalone" % (type(e).__name__, e), file=sys.stderr)
    if evaluate is None:
        how, evaluate = standalone_evaluator()

    ctx = context()
    for name, text in CASES.items():
        result = evaluate(text, ctx)
        times = timeit.repeat(lambda: evaluate(text, ctx), repeat=args.repeat, number=args.number)
        per_call_us = min(times) / args.number * 1e6
        print(json.dumps({"case": name, "evaluator": how, "us_per_call": round(per_call_us, 2),
                          "result": result if len(repr(result)) < 200 else repr(result)[:200]}))


if __name__ == "__main__":
    main()
