function escapeChar(ch) {
  if (ch === "<") return "&lt;";
  if (ch === ">") return "&gt;";
  if (ch === "&") return "&amp;";
  return ch;
}
function escape(str) {
  let out = "";
  for (const ch of String(str)) out += escapeChar(ch);
  return out;
}
function html(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += escape(values[i]) + strings[i + 1];
  return out;
}
const user = "<b>Tom & Jerry</b>";
print(html`<p>${user}</p>`);
print(html`<i>${1 < 2}</i>`);
/* expected
<p>&lt;b&gt;Tom &amp; Jerry&lt;/b&gt;</p>
<i>true</i>
*/
