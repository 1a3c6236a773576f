const s = "abc";
try { s[0] = "z"; } catch (e) { print(e.name); }
print(s);
try { s.length = 10; } catch (e) { print(e.name); }
print(s.length);
try { s.prop = 1; } catch (e) { print(e.name); }
const w = new String("hi");
w.extra = "ok";
print(w.extra, w.length, typeof w);
try { w[0] = "X"; } catch (e) { print(e.name); }
print(w[0], w + "!");
print(Object.keys(w).join());
/* expected
TypeError
abc
TypeError
3
TypeError
ok 2 object
TypeError
h hi!
0,1,extra
*/
