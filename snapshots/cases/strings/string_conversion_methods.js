print(String(123), String(-1.5), String(1e100), String([1, [2]]));
print(new String(5).length, new String("ab") + new String("cd"));
print(typeof String(Symbol("x")), String(Symbol("x")));
print("5" * 1 + 1, "5" + 1 * 1);
print(String.fromCharCode(97 + 25), "z".charCodeAt(0) - "a".charCodeAt(0));
let caesar = "";
for (const ch of "Hello") {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) caesar += String.fromCharCode((code - 97 + 3) % 26 + 97);
  else if (code >= 65 && code <= 90) caesar += String.fromCharCode((code - 65 + 3) % 26 + 65);
  else caesar += ch;
}
print(caesar);
print((65).toString(36), parseInt("1z", 36), (1295).toString(36));
/* expected
123 -1.5 1e+100 1,2
1 abcd
string Symbol(x)
6 51
z 25
Khoor
1t 71 zz
*/
