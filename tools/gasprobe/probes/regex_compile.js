let n = 0;
for (let i = 0; i < 300; i++) n += new RegExp("(?:[a-z]+\\d{2,4}|x" + i + "){1,3}[^q]*", "u").source.length;
