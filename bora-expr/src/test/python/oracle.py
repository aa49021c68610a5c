# Differential oracle: evaluates YAQL expressions with yaql 2.0.0 configured like Mistral 15
# and writes corpus-format JSONL. Usage: oracle.py exprs.txt out.jsonl
import sys, json, types, datetime, hashlib, signal
class Timeout(BaseException):
    pass
def _alarm(*a):
    raise Timeout()
signal.signal(signal.SIGALRM, _alarm)
import yaql
from yaql.language import factory, utils as yu, exceptions as yex

opts = {'yaql.limitIterators': -1, 'yaql.memoryQuota': -1, 'yaql.convertTuplesToLists': True,
        'yaql.convertSetsToLists': False, 'yaql.iterableDicts': False, 'yaql.convertOutputData': True}
engine = factory.YaqlFactory(keyword_operator='=>', allow_delegates=False).create(options=opts)
ROOT = yaql.create_context()
from oslo_serialization import jsonutils
import yaml as _yaml
def json_dump_(context, data):
    return jsonutils.dumps(data, indent=4)
def json_parse_(context, data):
    return jsonutils.loads(data)
def _unfreeze(v):
    from yaql.language.utils import FrozenDict
    if isinstance(v, (FrozenDict, dict)):
        return {k: _unfreeze(x) for k, x in v.items()}
    if isinstance(v, (tuple, list)):
        return [_unfreeze(x) for x in v]
    return v
def yaml_dump_(context, data):
    return _yaml.safe_dump(_unfreeze(data), default_flow_style=False)
def yaml_parse_(context, data):
    return _yaml.safe_load(data)
for _f, _n in ((json_dump_, 'json_dump'), (json_parse_, 'json_parse'), (yaml_dump_, 'yaml_dump'), (yaml_parse_, 'yaml_parse')):
    ROOT.register_function(_f, name=_n)
CATS.update({}) if 'CATS' in dir() else None

CTX = {"a": 1, "b": 2.5, "s": "hello", "n": None, "t": True, "f": False, "l": [1, 2, 3],
       "d": {"x": 1, "y": "z"}, "e": [], "ed": {}, "es": "", "z": 0, "neg": -7,
       "nested": {"p": {"q": {"r": [10, 20, {"s": "deep"}]}}},
       "users": [{"name": "ann", "age": 31, "role": "dev"}, {"name": "bob", "age": 25, "role": "ops"},
                 {"name": "cid", "age": 40, "role": "dev"}],
       "words": ["b", "a", "c", "a"], "nums": [5, 3, 8, 1, 9, 2], "emoji": "a😀b", "sharp": "straße",
       "big": 123456789012345678901234567890, "mixed": [1, "a", None, True, 2.5]}

CATS = {'YaqlLexicalException': 'parse', 'YaqlGrammarException': 'parse', 'YaqlParsingException': 'parse',
        'NoFunctionRegisteredException': 'no_function', 'NoMethodRegisteredException': 'no_function',
        'NoMatchingFunctionException': 'no_matching_overload', 'NoMatchingMethodException': 'no_matching_overload',
        'AmbiguousFunctionException': 'no_matching_overload', 'AmbiguousMethodException': 'no_matching_overload',
        'MappingTranslationException': 'no_matching_overload',
        'KeyError': 'key', 'IndexError': 'index', 'StopIteration': 'empty', 'ZeroDivisionError': 'zero_division',
        'TypeError': 'type', 'ValueError': 'value', 'error': 'value', 'ParserError': 'value',
        'AssertionError': 'assertion', 'AttributeError': 'attribute', 'OverflowError': 'value',
        'JSONDecodeError': 'value', 'RepresenterError': 'value', 'ConstructorError': 'value', 'ScannerError': 'value',
        'ComposerError': 'value'}

class Unordered(Exception):
    pass

def plain(v, flags):
    if isinstance(v, (set, frozenset)):
        flags['unordered'] = True
        return [plain(x, flags) for x in v]
    if isinstance(v, dict):
        out = {}
        for k, x in v.items():
            if not isinstance(k, str):
                flags['key_coercion'] = True
            out[json.loads(json.dumps({k: 0})).popitem()[0]] = plain(x, flags)
        return out
    if isinstance(v, (list, tuple)) or isinstance(v, types.GeneratorType) or isinstance(v, range):
        return [plain(x, flags) for x in v]
    if isinstance(v, datetime.datetime):
        return v.strftime('%Y-%m-%dT%H:%M:%S.%f')
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    raise TypeError('not JSON: %r' % type(v))

def run(expr, ctx):
    c = ROOT.create_child_context()
    c['$'] = yu.convert_input_data(ctx)
    c['__env'] = ctx.get('__env'); c['__execution'] = ctx.get('__execution'); c['__task_execution'] = ctx.get('__task_execution')
    r = engine(expr).evaluate(context=c)
    if isinstance(r, types.GeneratorType):
        r = list(r)
    return r

import re as _re
def inline(template, ctx):
    # Mistral's InlineYAQLEvaluator: each <% %> match replaced by str() of its finalised value.
    result = template
    for m in _re.findall('<%.*?%>', template):
        v = run(m.strip('<%>').strip(), ctx)
        result = result.replace(m, str(v))
    return result

def main():
    out = open(sys.argv[2], 'w')
    for line in open(sys.argv[1]):
        expr = line.rstrip('\n')
        if not expr.strip() or expr.startswith('#'):
            continue
        is_inline = expr.startswith('T:')
        whole = expr[2:] if is_inline else '<% ' + expr + ' %>'
        case = {'id': 'yaql.oracle.' + hashlib.sha1(expr.encode()).hexdigest()[:10], 'lang': 'yaql',
                'category': 'oracle', 'expr': whole, 'context': CTX}
        try:
            signal.alarm(2)
            try:
                r = inline(whole, CTX) if is_inline else run(expr, CTX)
                flags = {}
                res = plain(r, flags)
            finally:
                signal.alarm(0)
        except (Timeout, MemoryError):
            print('SKIP resource', expr, file=sys.stderr)
            continue
        except Exception as e:
            name = type(e).__name__
            if name not in CATS:
                print('SKIP', expr, name, e, file=sys.stderr)
                continue
            case['error'] = name
            case['error_category'] = CATS[name]
            case['error_message'] = str(e)[:300]
            out.write(json.dumps(case, ensure_ascii=False) + '\n')
            continue
        try:
            json.dumps(res, allow_nan=False)
        except Exception:
            print('SKIP nonfinite', expr, file=sys.stderr)
            continue
        case['result'] = res
        case.update(flags)
        out.write(json.dumps(case, ensure_ascii=False) + '\n')

main()
