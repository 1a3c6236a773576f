const text = "a".repeat(100000) + "b";
let n = 0;
for (let i = 0; i < 200; i++) n += text.indexOf("aab") + text.lastIndexOf("ba") + (text.includes("aaaaaaaaab") ? 1 : 0);
