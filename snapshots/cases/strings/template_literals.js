const name = "world", n = 3;
print(`hello ${name}!`, `${n} + ${n} = ${n + n}`);
print(`nested ${`inner ${`innermost ${n * 2}`}`} done`);
print(`multi
line`);
print(`${[1, 2]} ${{}.toString()} ${null} ${undefined} ${true}`);
print(`\${escaped} \` backtick \\ backslash`);
print(`${"a"}${"b"}${"c"}`, `${""}`.length, ``.length);
const fn = (x) => `<${x}>`;
print(`${fn(fn("x"))}`);
print(`line1\nline2\ttab`);
print(`${n > 2 ? `big ${n}` : "small"}`);
const obj = { toString() { return "obj"; } };
print(`${obj}${obj}`);
print(`a
  indented`.length);
print(`\u0041\x42\u{43}`);
/* expected
hello world! 3 + 3 = 6
nested inner innermost 6 done
multi
line
1,2 [object Object] null undefined true
${escaped} ` backtick \ backslash
abc 0 0
<<x>>
line1
line2	tab
big 3
objobj
12
ABC
*/
