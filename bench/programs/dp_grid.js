// Dynamic programming over arrays of arrays: edit distance and longest
// common subsequence between generated strings, and grid path counts and
// minimum-cost paths over a generated cost grid.
let seed = 7;
function rand(n) { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 16) % n; }
function genString(len, alphabet) {
  let s = "";
  for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
  return s;
}

function editDistance(a, b) {
  const d = [];
  for (let i = 0; i <= a.length; i++) {
    const row = new Array(b.length + 1);
    row[0] = i;
    d.push(row);
  }
  for (let j = 0; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    const prev = d[i - 1], row = d[i], ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const sub = prev[j - 1] + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      row[j] = Math.min(sub, prev[j] + 1, row[j - 1] + 1);
    }
  }
  return d[a.length][b.length];
}

function lcs(a, b) {
  const t = [];
  for (let i = 0; i <= a.length; i++) t.push(new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
    }
  }
  // Walk back to recover one subsequence.
  let i = a.length, j = b.length, out = [];
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) { out.push(a[i - 1]); i--; j--; }
    else if (t[i - 1][j] >= t[i][j - 1]) i--;
    else j--;
  }
  return out.reverse().join("");
}

function gridPaths(costs) {
  const h = costs.length, w = costs[0].length;
  const count = [], best = [];
  for (let y = 0; y < h; y++) { count.push([]); best.push([]); }
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      if (costs[y][x] < 0) { count[y][x] = 0; best[y][x] = Infinity; continue; }
      if (x === 0 && y === 0) { count[y][x] = 1; best[y][x] = costs[y][x]; continue; }
      const up = y > 0 ? count[y - 1][x] : 0, left = x > 0 ? count[y][x - 1] : 0;
      count[y][x] = (up + left) % 1000000007;
      const bu = y > 0 ? best[y - 1][x] : Infinity, bl = x > 0 ? best[y][x - 1] : Infinity;
      best[y][x] = Math.min(bu, bl) + costs[y][x];
    }
  }
  return [count[h - 1][w - 1], best[h - 1][w - 1]];
}

let check = 0;
for (let round = 0; round < 8; round++) {
  const a = genString(180 + round * 10, "ACGT"), b = genString(170 + round * 12, "ACGT");
  const ed = editDistance(a, b);
  const common = lcs(a, b);
  const costs = [];
  for (let y = 0; y < 120; y++) {
    const row = [];
    for (let x = 0; x < 120; x++) row.push((x | y) === 0 || (x === 119 && y === 119) ? 1 : rand(13) === 0 ? -1 : 1 + rand(9));
    costs.push(row);
  }
  const [paths, cost] = gridPaths(costs);
  check = (Math.imul(check, 31) + ed * 1000 + common.length + paths + (cost === Infinity ? 0 : cost)) | 0;
}
print(check >>> 0);
