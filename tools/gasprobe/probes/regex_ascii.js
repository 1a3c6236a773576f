const text = "name=value; other=thing; ".repeat(20000);
const re = /(\w+)=(\w+)/g;
let n = 0, m;
while ((m = re.exec(text)) !== null) n += m[1].length;
n += text.replace(/thing/g, "x").length;
