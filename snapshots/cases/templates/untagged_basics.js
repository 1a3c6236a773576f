const name = "World";
const n = 3;
print(`Hello, ${name}!`);
print(`${n} + ${n} = ${n + n}`);
print(`nested ${`inner ${n * 2}`} done`);
print(`${[1, 2, 3]} | ${{}} | ${null} | ${undefined} | ${true}`);
print(`multi
line`.length);
print(`\${not substituted}`, `back\`tick`);
print(`${"a"}${"b"}${"c"}`.length);
/* expected
Hello, World!
3 + 3 = 6
nested inner 6 done
1,2,3 | [object Object] | null | undefined | true
10
${not substituted} back`tick
3
*/
