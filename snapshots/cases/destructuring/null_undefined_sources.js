const attempts = [
  () => { const { a } = null; },
  () => { const { a } = undefined; },
  () => { const [a] = null; },
  () => { const [a] = {}; },
  () => { const { a: { b } } = {}; },
  () => { const {} = null; },
  () => { const [] = 5; },
];
for (const f of attempts) {
  try { f(); print("ok"); } catch (e) { print(e.name); }
}
const {} = 0;
const { toString } = 1;
print(typeof toString);
/* expected
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
TypeError
function
*/
