// Annex B RegExp.prototype.compile: reinitializes a RegExp in place (same
// object, new source and flags, lastIndex back to 0).
const rx = /a+/g;
rx.lastIndex = 3;
const same = rx.compile("b(c)", "i");
print(same === rx, rx.source, rx.flags, rx.lastIndex, JSON.stringify(rx.exec("xBC")));
rx.compile(/d/my);
print(rx.source, rx.flags, rx.test("d"));
rx.compile();
print(JSON.stringify(rx.source), JSON.stringify(rx.flags), rx.test("anything"));
for (const [pattern, flags] of [["(", ""], ["a", "gg"], [/x/, "g"]]) {
  try {
    rx.compile(pattern, flags);
  } catch (e) {
    print(e.name, rx.source);
  }
}
try { RegExp.prototype.compile.call({}, "a"); } catch (e) { print(e.name); }
const frozen = /q/;
Object.defineProperty(frozen, "lastIndex", { writable: false });
try { frozen.compile("r"); } catch (e) { print(e.name, frozen.source); }
print(RegExp.prototype.compile.length, RegExp.prototype.compile.name);

/* expected
true b(c) i 0 ["BC","C"]
d my true
"(?:)" "" true
SyntaxError (?:)
SyntaxError (?:)
TypeError (?:)
TypeError
TypeError r
2 compile
*/
