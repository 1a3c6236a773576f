let n = 0;
for (let i = 0; i < 5e4; i++) n += (i / 7).toFixed(3).length + (i * 1.5).toString().length + (i / 3).toPrecision(8).length + i.toString(36).length + (i / 9).toExponential(20).length;
