function infinite(n) { return infinite(n + 1) + 1; }
let caught = null;
try { infinite(0); } catch (e) { caught = e; }
print(caught instanceof RangeError, caught.message);
function mutualA(n) { return mutualB(n + 1); }
function mutualB(n) { return mutualA(n + 1); }
try { mutualA(0); } catch (e) { print("mutual", e.name); }
let finallyRan = false;
try { try { infinite(0); } finally { finallyRan = true; } } catch (e) { print("outer", e.name, finallyRan); }
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
print(depth(1000));
/* expected
true Maximum call stack size exceeded
mutual RangeError
outer RangeError true
1000
*/
