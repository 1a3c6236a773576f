const text = "Hello World ".repeat(5000);
let n = 0;
for (let i = 0; i < 100; i++) n += text.toUpperCase().length + text.toLowerCase().length + text.trim().length + "x".padStart(10000, "ab").length;
