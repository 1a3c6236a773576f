let s = "";
for (let i = 0; i < 2e5; i++) s += "ab" + i;
