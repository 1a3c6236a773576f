const text = "имя=значение; другое=вещь; ".repeat(20000);
const re = /(\p{L}+)=(\p{L}+)/gu;
let n = 0, m;
while ((m = re.exec(text)) !== null) n += m[1].length;
