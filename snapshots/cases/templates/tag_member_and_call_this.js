const formatter = {
  prefix: ">> ",
  fmt(strings, ...vals) {
    let out = this.prefix;
    strings.forEach((s, i) => { out += s; if (i < vals.length) out += "[" + vals[i] + "]"; });
    return out;
  },
};
print(formatter.fmt`a${1}b${2}c`);
function makeTag(wrap) { return (s, ...v) => wrap + v.join(",") + wrap; }
print(makeTag("*")`x${1}y${2}`);
print(makeTag("#")`${"only"}`);
/* expected
>> a[1]b[2]c
*1,2*
#only#
*/
