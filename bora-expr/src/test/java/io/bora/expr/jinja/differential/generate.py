"""Differential cases for Bora's Jinja evaluator, produced by the real Jinja2 configured as Mistral 15 does.

Usage: python3 generate.py expressions.txt  (writes cases.jsonl and contexts.json next to this script)
expressions.txt: one Mistral string per line, '\\N' for a newline, '@NAME' switches the data context, '##' comments.
Needs Jinja2 3.1 and PyYAML. Results are converted to JSON the way Mistral persists them; an error is recorded by
the corpus error category of the Python exception.
"""
import json, os, sys, types
from jinja2.sandbox import SandboxedEnvironment
from jinja2 import StrictUndefined, exceptions as jex
import jinja2, yaml, re, uuid

env = SandboxedEnvironment(undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)

def json_dump_(context, data): return json.dumps(data, indent=4)
def json_pp_(context, data=None): return json.dumps(data or context, indent=4).replace("\\n", "\n").replace(" \n", "\n")
def json_parse_(context, data): return json.loads(data)
def yaml_dump_(context, data): return yaml.safe_dump(data, default_flow_style=False)
def yaml_parse_(context, data): return yaml.safe_load(data)
def env_(context): return context['__env']
def uuid_(context=None): return str(uuid.uuid4())
FUNCS = {'json_dump': json_dump_, 'json_pp': json_pp_, 'json_parse': json_parse_, 'yaml_dump': yaml_dump_,
         'yaml_parse': yaml_parse_, 'env': env_, 'uuid': uuid_}
for k, f in FUNCS.items():
    env.filters[k] = f

import functools
def ctx_for(data):
    c = {'_': data}
    for k, f in FUNCS.items():
        c[k] = functools.partial(f, data)
    c['__env'] = data.get('__env'); c['__execution'] = data.get('__execution'); c['__task_execution'] = data.get('__task_execution')
    return c

def evaluate(expr, data):
    pats = re.findall('({{(.*?)}})', expr)
    if not re.search('{{.*?}}|{%.*?%}', expr):
        return expr
    if pats and pats[0][0] == expr:
        r = env.compile_expression(pats[0][1], undefined_to_none=False)(**ctx_for(data))
        str(r)
        return r
    if not pats:
        raise IndexError('list index out of range')
    return env.from_string(expr).render(**ctx_for(data))

def plain(v):
    if isinstance(v, str): return str(v)
    if isinstance(v, bool) or v is None or isinstance(v, (int, float)): return v
    if isinstance(v, dict): return {(k if isinstance(k, str) else json.dumps(k) if not isinstance(k, float) else repr(k)): plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple, set, frozenset, range, types.GeneratorType)) or hasattr(v, '__iter__') and not isinstance(v, str):
        return [plain(x) for x in v]
    raise TypeError('not json: %r' % type(v))

CAT = {'UndefinedError': 'undefined', 'SecurityError': 'security', 'OverflowError': 'security',
       'TemplateSyntaxError': 'parse', 'TemplateAssertionError': 'no_function', 'TemplateRuntimeError': 'no_function',
       'FilterArgumentError': 'no_function', 'TypeError': 'type', 'ValueError': 'value', 'KeyError': 'key',
       'IndexError': 'index', 'ZeroDivisionError': 'zero_division', 'AttributeError': 'attribute',
       'StopIteration': 'empty', 'AssertionError': 'assertion', 'JSONDecodeError': 'value', 'ParserError': 'value',
       'ScannerError': 'value', 'ConstructorError': 'value', 'RepresenterError': 'value', 'error': 'value'}

STD = {"a": 1, "b": 2.5, "s": "hello", "n": None, "t": True, "f": False, "l": [1, 2, 3], "d": {"x": 1, "y": "z"}, "e": [], "ed": {}, "es": "", "z": 0, "neg": -7, "nested": {"p": {"q": {"r": [10, 20, {"s": "deep"}]}}}}
USERS = {"users": [{"name": "alice", "age": 30, "role": "admin", "tags": ["a", "b"], "email": "alice@example.org"}, {"name": "bob", "age": 25, "role": "dev", "tags": [], "email": "bob@example.org"}, {"name": "carol", "age": 35, "role": "dev", "tags": ["c"], "email": None}, {"name": "dave", "age": 25, "role": "ops", "tags": ["a"], "email": "dave@example.net"}]}
VMS = {"vms": [{"id": "vm-1", "status": "ACTIVE", "cpu": 2, "mem": 4.0, "net": {"ip": "192.0.2.10"}}, {"id": "vm-2", "status": "ERROR", "cpu": 4, "mem": 8.5, "net": {"ip": "192.0.2.11"}}, {"id": "vm-3", "status": "ACTIVE", "cpu": 1, "mem": 0.5, "net": None}], "wanted": ["vm-1", "vm-3"], "threshold": 2}
UNI = {"u": "h\u00e9llo w\u00f6rld", "emoji": "a\ud83d\ude00b", "cjk": "\u65e5\u672c\u8a9e", "mixed": ["\u00e9", "e", "z", "\u00c9", "a"], "sharp": "stra\u00dfe"}
ENV = {"__env": {"region": "r1", "limits": {"cpu": 8}, "list": [1, 2]}, "__execution": {"id": "wf-ex-1"}, "x": 1}
CTXS = {'STD': STD, 'USERS': USERS, 'VMS': VMS, 'UNI': UNI, 'ENV': ENV, 'EMPTY': {}}

here = os.path.dirname(os.path.abspath(__file__))
seen = set()
ctxname = 'STD'
with open(os.path.join(here, 'cases.jsonl'), 'w') as out:
    for line in open(sys.argv[1]):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('##'):
            continue
        if line.startswith('@'):
            ctxname = line[1:].strip()
            continue
        expr = line.replace('\\N', '\n')
        if (ctxname, expr) in seen:
            continue
        seen.add((ctxname, expr))
        data = json.loads(json.dumps(CTXS[ctxname]))
        case = {'expr': expr, 'ctx': ctxname}
        try:
            case['result'] = plain(evaluate(expr, data))
            json.dumps(case['result'])
        except Exception as e:
            name = type(e).__name__
            if name not in CAT:
                print('skipped, unmapped', name, repr(expr), file=sys.stderr)
                continue
            case.pop('result', None)
            case['error_category'] = CAT[name]
        out.write(json.dumps(case, ensure_ascii=False) + '\n')
with open(os.path.join(here, 'contexts.json'), 'w') as fh:
    json.dump(json.loads(json.dumps(CTXS)), fh, indent=1)
