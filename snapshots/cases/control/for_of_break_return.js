const log = [];
function iterable(n) {
  return {
    [Symbol.iterator]() {
      let i = 0;
      return {
        next() { log.push("next"); return { value: i, done: i++ >= n }; },
        return() { log.push("return"); return {}; },
      };
    },
  };
}
for (const x of iterable(5)) { if (x === 1) break; }
print(log.join(" "));
log.length = 0;
for (const x of iterable(2)) {}
print(log.join(" "));
log.length = 0;
try { for (const x of iterable(3)) throw new Error("boom"); } catch (e) { log.push("caught " + e.message); }
print(log.join(" "));
log.length = 0;
function early() { for (const x of iterable(3)) { if (x === 0) return "ret"; } }
print(early(), log.join(" "));
log.length = 0;
outer: for (const a of [1, 2]) { for (const x of iterable(3)) continue outer; }
print(log.join(" "));
/* expected
next next return
next next next
next return caught boom
ret next return
next return next return
*/
