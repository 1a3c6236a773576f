function tracked() {
  return {
    [Symbol.iterator]() { return this; },
    next() { return { value: undefined, done: false }; },
    return() { print("return called"); return {}; },
  };
}
const obj = { set boom(v) { throw new Error("setter failed"); } };
try {
  [obj.boom] = tracked();
} catch (e) { print(e.message); }
try {
  const [x = (() => { throw new Error("default failed"); })()] = tracked();
} catch (e) { print(e.message); }
/* expected
return called
setter failed
return called
default failed
*/
