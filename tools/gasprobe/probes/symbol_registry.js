let n = 0;
for (let i = 0; i < 1e5; i++) n += Symbol.keyFor(Symbol.for("s" + (i % 5000))).length;
