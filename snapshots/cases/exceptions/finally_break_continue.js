const log = [];
for (let i = 0; i < 4; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
print(log.join(","));
let n = 0;
while (true) {
  try { n++; if (n < 3) continue; break; } finally { log.push("w" + n); }
}
print(n, log.slice(-3).join(","));
function breakOverridesReturn() {
  for (;;) { try { return "ret"; } finally { break; } }
  return "after loop";
}
print(breakOverridesReturn());
function continueOverridesThrow() {
  let i = 0;
  while (i < 2) { i++; try { throw new Error("lost"); } finally { continue; } }
  return "survived " + i;
}
print(continueOverridesThrow());
lbl: try { print("in labelled try"); break lbl; } finally { print("labelled finally"); }
/* expected
body0,fin0,fin1,body2,fin2,fin3
3 w1,w2,w3
after loop
survived 2
in labelled try
labelled finally
*/
