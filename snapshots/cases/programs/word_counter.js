const text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
function isLetter(ch) { const c = ch.toLowerCase(); return c >= "a" && c <= "z"; }
const counts = {};
const order = [];
let cur = "";
for (const ch of text + " ") {
  if (isLetter(ch)) { cur += ch.toLowerCase(); continue; }
  if (cur) {
    if (!counts.hasOwnProperty(cur)) { counts[cur] = 0; order.push(cur); }
    counts[cur]++;
    cur = "";
  }
}
print("distinct", order.length);
const sorted = order.slice();
for (let i = 1; i < sorted.length; i++) {
  const w = sorted[i];
  let j = i - 1;
  while (j >= 0 && (counts[sorted[j]] < counts[w] || (counts[sorted[j]] === counts[w] && sorted[j] > w))) {
    sorted[j + 1] = sorted[j];
    j--;
  }
  sorted[j + 1] = w;
}
for (const w of sorted.slice(0, 5)) print(w, counts[w]);
/* expected
distinct 9
it 3
of 3
the 3
was 3
times 2
*/
