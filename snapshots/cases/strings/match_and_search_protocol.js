// match, matchAll and search hand an object pattern to its Symbol method;
// primitives are never asked for one.
const calls = [];
const matcher = {
  [Symbol.match](s) { calls.push("match " + s); return ["m"]; },
  [Symbol.search](s) { calls.push("search " + s); return 7; },
};
// (An object with a Symbol.match method counts as a RegExp, whose flags
// matchAll checks: this one has none.)
const allMatcher = { [Symbol.matchAll](s) { calls.push("matchAll " + s); return "all"; } };
print("abc".match(matcher), "abc".matchAll(allMatcher), "abc".search(matcher));
print(calls.join(", "));
// The method gets `this` as it is, not converted to a string.
print(String.prototype.search.call(123, { [Symbol.search]: (s) => typeof s + ":" + s }));
// A method that is not callable is a TypeError; null and undefined fall through.
try { "a".search({ [Symbol.search]: 1 }); } catch (e) { print(e.name); }
Number.prototype[Symbol.search] = () => "never";
print("a5".search(5));
delete Number.prototype[Symbol.search];
// matchAll requires the g flag of a RegExp-like pattern.
const nonGlobal = { [Symbol.match]: true, flags: "", [Symbol.matchAll]: () => "x" };
try { "a".matchAll(nonGlobal); } catch (e) { print(e.name); }
try { "a".matchAll({ [Symbol.match]: true, flags: undefined }); } catch (e) { print(e.name); }
try { "a".matchAll(matcher); } catch (e) { print(e.name); }
try { String.prototype.match.call(undefined, matcher); } catch (e) { print(e.name); }
/* expected
m all 7
match abc, matchAll abc, search abc
number:123
TypeError
1
TypeError
TypeError
TypeError
TypeError
*/
