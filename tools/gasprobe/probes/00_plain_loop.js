let x = 0;
for (let i = 0; i < 3e6; i++) x = (x + i) | 0;
