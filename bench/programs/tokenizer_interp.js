// A tokenizer, a recursive-descent parser and a tree-walking evaluator for
// arithmetic with variables, run many times over a generated program.
let seed = 42;
function rand(n) { seed = (Math.imul(seed, 1664525) + 1013904223) | 0; return (seed >>> 8) % n; }

const names = ["a", "b", "c", "total", "x1", "y_2", "acc", "n"];
function genExpr(depth) {
  if (depth === 0 || rand(4) === 0) return rand(3) === 0 ? String(rand(1000)) : names[rand(names.length)];
  const r = rand(6);
  if (r === 0) return "(" + genExpr(depth - 1) + ")";
  if (r === 1) return "-" + genExpr(depth - 1);
  return genExpr(depth - 1) + " " + "+-*/%"[rand(5)] + " " + genExpr(depth - 1);
}
const lines = [];
for (const n of names) if (n !== "n") lines.push(n + " = " + (rand(50) + 1) + ";");
for (let i = 0; i < 120; i++) lines.push(names[rand(names.length)] + " = " + genExpr(5) + ";");
const source = lines.join("\n");

function tokenize(src) {
  const tokens = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9) { i++; continue; }
    if (c >= 48 && c <= 57) {
      let v = 0;
      while (i < src.length && src.charCodeAt(i) >= 48 && src.charCodeAt(i) <= 57) v = v * 10 + (src.charCodeAt(i++) - 48);
      tokens.push({ type: "num", value: v });
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
      const start = i;
      while (i < src.length && /[A-Za-z0-9_]/.test(src[i])) i++;
      tokens.push({ type: "id", value: src.slice(start, i) });
    } else {
      tokens.push({ type: "op", value: src[i++] });
    }
  }
  tokens.push({ type: "eof", value: null });
  return tokens;
}

class Parser {
  constructor(tokens) { this.tokens = tokens; this.pos = 0; }
  peek() { return this.tokens[this.pos]; }
  next() { return this.tokens[this.pos++]; }
  expect(v) { const t = this.next(); if (t.value !== v) throw new SyntaxError("expected " + v + " got " + t.value); return t; }
  program() {
    const stmts = [];
    while (this.peek().type !== "eof") {
      const name = this.next().value;
      this.expect("=");
      const expr = this.additive();
      this.expect(";");
      stmts.push({ kind: "assign", name, expr });
    }
    return stmts;
  }
  additive() {
    let left = this.multiplicative();
    for (let t = this.peek(); t.value === "+" || t.value === "-"; t = this.peek()) {
      this.pos++;
      left = { kind: "bin", op: t.value, left, right: this.multiplicative() };
    }
    return left;
  }
  multiplicative() {
    let left = this.unary();
    for (let t = this.peek(); t.value === "*" || t.value === "/" || t.value === "%"; t = this.peek()) {
      this.pos++;
      left = { kind: "bin", op: t.value, left, right: this.unary() };
    }
    return left;
  }
  unary() {
    if (this.peek().value === "-") { this.pos++; return { kind: "neg", expr: this.unary() }; }
    return this.primary();
  }
  primary() {
    const t = this.next();
    if (t.type === "num") return { kind: "num", value: t.value };
    if (t.type === "id") return { kind: "var", name: t.value };
    if (t.value === "(") { const e = this.additive(); this.expect(")"); return e; }
    throw new SyntaxError("unexpected " + t.value);
  }
}

function evaluate(node, env) {
  switch (node.kind) {
    case "num": return node.value;
    case "var": return env.get(node.name) ?? 0;
    case "neg": return -evaluate(node.expr, env) | 0;
    case "bin": {
      const a = evaluate(node.left, env), b = evaluate(node.right, env);
      switch (node.op) {
        case "+": return (a + b) | 0;
        case "-": return (a - b) | 0;
        case "*": return Math.imul(a, b);
        case "/": return b === 0 ? 0 : (a / b) | 0;
        default: return b === 0 ? 0 : a % b;
      }
    }
  }
  throw new Error("bad node " + node.kind);
}

let check = 0;
for (let round = 0; round < 70; round++) {
  const program = new Parser(tokenize(source)).program();
  const env = new Map();
  env.set("n", round);
  for (let rep = 0; rep < 3; rep++) for (const stmt of program) env.set(stmt.name, evaluate(stmt.expr, env));
  for (const n of names) check = (Math.imul(check, 31) + env.get(n)) | 0;
}
print(source.length, check >>> 0);
