let n = 0;
for (let i = 0; i < 300; i++) n += /^(a+)\1b/.test("a".repeat(60) + "c") ? 1 : 0;
