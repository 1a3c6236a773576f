const text = "the quick brown fox jumps over the lazy dog ".repeat(2000);
let n = 0;
for (let i = 0; i < 300; i++) n += text.slice(i, i + 5000).length + text.substring(100, 200).length + text.split(" ").length;
