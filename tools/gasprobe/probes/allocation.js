let keep;
for (let i = 0; i < 3e5; i++) keep = { i, next: keep && i % 100 ? keep : null, list: [i, i] };
