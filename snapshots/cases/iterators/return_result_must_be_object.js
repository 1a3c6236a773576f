const it = {
  [Symbol.iterator]() { return this; },
  next() { return { value: 1, done: false }; },
  return() { return 5; },
};
try {
  for (const v of it) break;
  print("no error");
} catch (e) { print("break:", e.name); }
try {
  for (const v of it) throw new Error("original");
} catch (e) { print("throw:", e.message); }
const noReturn = { [Symbol.iterator]() { return { next: () => ({ value: 0, done: false }) }; } };
for (const v of noReturn) break;
print("missing return is fine");
/* expected
break: TypeError
throw: original
missing return is fine
*/
