const a = []; a[5] = 1; a.length = 10; a.x = 2;
const c = { self: null }; c.self = c;
try { echo(c) } catch (e) { print(e.message) }
try { echo(() => 1) } catch (e) { print(e.message) }
keep(function f(v) { return { v, again: echo(v) } });
[a, new Map(), Symbol('s'), [[[[[]]]]]]
