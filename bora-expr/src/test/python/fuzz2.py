import random, sys
random.seed(int(sys.argv[1]))
colls = ['[]', '[1, 2, 3]', '[3, 1, 2, 1]', "['b', 'a', 'c']", '[1, 2.5, -3]', '[[1, 2], [3]]', '[null, 1]',
         '$.l', '$.nums', '$.words', '$.users', '$.mixed', '$.e', 'range(5)', 'set(1, 2)', "[{a => 1}, {a => 2}]",
         '[true, false]', "['a', 'bb', 'ccc']", '$.d.keys()', '$.d.values()', "[1, 'a']"]
lambdas = ['$', '$ * 2', '$ > 1', '$ = 1', 'str($)', '[$]', '$.name', '$.a', 'len($)', '$ + 1', 'null', 'true', '-$',
           '$ mod 2', '$ and 1', 'not $', '$.age > 30', '[$, $]', '{k => $}', "$ in [1, 'a']"]
lambdas2 = ['$1 + $2', '$1 * $2', 'max($1, $2)', '[$1, $2]', '$1', '$2', '$1 = $2', "$1 + '-' + $2"]
ints = ['0', '1', '2', '-1', '10', 'true', '1.5', 'null', "'1'"]
vals = ['0', '1', "'a'", 'null', '[1]', '2.0', 'true']
m1 = ['select', 'where', 'orderBy', 'orderByDescending', 'distinct', 'any', 'all', 'groupBy', 'toDict', 'selectMany',
      'takeWhile', 'skipWhile', 'indexWhere', 'lastIndexWhere', 'splitWhere', 'sliceWhere', 'map', 'filter']
m2 = ['aggregate', 'reduce', 'accumulate']
mi = ['skip', 'take', 'limit', 'slice', 'splitAt', 'delete', 'repeat', 'enumerate']
mv = ['indexOf', 'lastIndexOf', 'contains', 'append', 'first', 'last', 'sum', 'max', 'min', 'defaultIfEmpty']
strs = ["'hello world'", "'a,b,,c'", "''", "'  x y  '", "'AbC'", "'a😀b'", "'straße'", "'x.y.z'", '$.s', "'3'", "'1e3'"]
sm = ["split(',')", "split()", "split(' ', 1)", "rightSplit(',', 1)", "rightSplit()", "trim()", "trim('x ')", "trimLeft('a')",
      "toUpper()", "toLower()", "substring(1)", "substring(-2, 1)", "substring(1, 2)", "indexOf('l')", "indexOf('o', 5)",
      "lastIndexOf('o')", "lastIndexOf('l', 1, 3)", "startsWith('h')", "endsWith('d', 'x')", "replace('l', 'L')",
      "replace('l', '', 1)", "replace({l => 1, o => null})", "toCharArray()", "len()", "isEmpty()", "norm()",
      "matches('o+')", "join(['1', '2'])", "format(1, 2)", "split('.')", "indexOf('')", "indexOf('z', 0, 3)"]
fns = ["int(%s)", "float(%s)", "str(%s)", "bool(%s)", "len(%s)", "isEmpty(%s)", "norm(%s)", "%s * 2", "%s + 'x'",
       "%s =~ 'a'", "%s in 'abc'", "'{0}'.format(%s)", "%s < 'm'", "concat(%s, 'q')"]

def one():
    r = random.random()
    if r < 0.35:
        return '%s.%s(%s)' % (random.choice(colls), random.choice(m1), random.choice(lambdas))
    if r < 0.45:
        a = random.choice(lambdas2)
        if random.random() < 0.5:
            return '%s.%s(%s)' % (random.choice(colls), random.choice(m2), a)
        return '%s.%s(%s, %s)' % (random.choice(colls), random.choice(m2), a, random.choice(vals))
    if r < 0.55:
        return '%s.%s(%s)' % (random.choice(colls), random.choice(mi), random.choice(ints))
    if r < 0.65:
        return '%s.%s(%s)' % (random.choice(colls), random.choice(mv), random.choice(vals))
    if r < 0.85:
        return '%s.%s' % (random.choice(strs), random.choice(sm))
    if r < 0.95:
        return random.choice(fns) % random.choice(strs + colls[:6])
    c = random.choice(colls)
    return '%s.%s(%s).%s(%s)' % (c, random.choice(m1), random.choice(lambdas), random.choice(m1), random.choice(lambdas))

seen = set()
while len(seen) < int(sys.argv[2]):
    e = one()
    if e not in seen:
        seen.add(e)
        print(e)
