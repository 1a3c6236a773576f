let n = 0;
for (let i = 0; i < 5e4; i++) { try { throw new Error("x" + i); } catch (e) { n += e.message.length; } }
