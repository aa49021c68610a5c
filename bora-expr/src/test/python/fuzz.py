import random, sys
random.seed(int(sys.argv[1]))
atoms = ['0', '1', '2', '3', '-1', '7', '10', '0.5', '2.0', '1.5', '3.25', "''", "'a'", "'abc'", "'B'", 'null', 'true', 'false',
         '[]', '[1, 2]', "['a', 'b']", '[1, 2.0, 3]', '{}', '{a => 1}', "{a => 1, b => 'x'}", 'set(1, 2)', 'set()',
         '$.a', '$.b', '$.s', '$.n', '$.t', '$.l', '$.d', '$.e', '$.z', '$.neg', '$.big', '$.words', '$.nums', '$.mixed',
         '123456789012345678901', '0.1', 'range(3)', "'é'", "'a😀b'", "$.d.keys()", "$.d.values()"]
binops = ['+', '-', '*', '/', 'mod', '=', '!=', '<', '>', '<=', '>=', 'and', 'or', 'in']
methods0 = ['len()', 'first()', 'last()', 'sum()', 'max()', 'min()', 'reverse()', 'distinct()', 'toList()', 'toSet()',
            'count()', 'any()', 'all()', 'flatten()', 'toUpper()', 'toLower()', 'trim()', 'keys()', 'values()',
            'single()', 'toCharArray()', 'enumerate()', 'memorize()', 'orderBy($)', 'select($ * 2)', 'where($)',
            'select(str($))', 'join(",")', 'split()', 'abs()', 'isEmpty()']
funcs1 = ['len', 'str', 'int', 'float', 'bool', 'abs', 'round', 'isString', 'isList', 'isDict', 'isSet', 'isIterable',
          'isNumber', 'isInteger', 'isBoolean', 'list', 'set', 'hex', 'sign', 'norm', 'isEmpty', 'range', 'distinct']
funcs2 = ['max', 'min', 'pow', 'round', 'concat', 'list', 'set', 'format', 'range', 'bitwiseAnd', 'shiftBitsLeft', 'coalesce']

def expr(d):
    r = random.random()
    if d <= 0 or r < 0.25:
        return random.choice(atoms)
    if r < 0.55:
        return '(' + expr(d - 1) + ' ' + random.choice(binops) + ' ' + expr(d - 1) + ')'
    if r < 0.62:
        return random.choice(['-', 'not ']) + expr(d - 1)
    if r < 0.78:
        return '(' + expr(d - 1) + ').' + random.choice(methods0)
    if r < 0.9:
        return random.choice(funcs1) + '(' + expr(d - 1) + ')'
    return random.choice(funcs2) + '(' + expr(d - 1) + ', ' + expr(d - 1) + ')'

seen = set()
while len(seen) < int(sys.argv[2]):
    e = expr(random.randint(1, 3))
    if e not in seen:
        seen.add(e)
        print(e)
