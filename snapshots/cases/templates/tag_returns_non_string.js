function parts(strings, ...values) { return { strings, values }; }
const r = parts`k=${"v"}, n=${42}`;
print(r.strings.length, r.values[1] + 1, typeof r.values[1]);
function count() { return arguments.length; }
print(count``, count`${1}`, count`${1}${2}${3}`);
const empty = parts``;
print(empty.strings.length, quote(empty.strings[0]));
function quote(s) { return "'" + s + "'"; }
/* expected
3 43 number
1 2 4
1 ''
*/
