const lib = {
  text: {
    upper(strings, ...vals) {
      let out = "";
      strings.forEach((str, i) => { out += str.toUpperCase(); if (i < vals.length) out += vals[i]; });
      return out;
    },
  },
};
print(lib.text.upper`hello ${"world"} and ${"you"}`);
print(lib["text"].upper`x`);
function chain(s) { return (s2) => s[0] + "+" + s2[0]; }
print(chain`first``second`);
/* expected
HELLO world AND you
X
first+second
*/
