import random, sys
random.seed(int(sys.argv[1]))
toks = ['1', '2', '1.5', "'a'", '"b"', '`c`', 'x', 'y', 'true', 'null', '$', '$.a', '$.l', '$1', '$x', '(', ')', '[', ']',
        '{', '}', ',', '=>', '.', '?.', '+', '-', '*', '/', 'mod', '=', '!=', '<', '>', 'in', 'and', 'or', 'not', '->',
        'len(', 'let(', 'dict(', 'list(', 'f(', 'select(', 'switch(', '=~', '!~', '#', '@', ':', '!', '&&', '$.__x',
        '1e5', '1.', '.5', 'abc', 'and(', 'not(']
seen = set()
while len(seen) < int(sys.argv[2]):
    n = random.randint(1, 7)
    e = ' '.join(random.choice(toks) for _ in range(n))
    if e not in seen:
        seen.add(e)
        print(e)
