let a = 1;
{
  let a = 2;
  const b = 3;
  {
    let a = 4;
    print(a, b);
  }
  print(a);
}
print(a, typeof b);
if (true) { var v = "var leaks"; let l = "let stays"; }
print(v, typeof l);
for (var i = 0; i < 3; i++) {}
for (let j = 0; j < 3; j++) {}
print(i, typeof j);
switch (1) { case 1: let s = "in switch"; print(s); }
print(typeof s);
/* expected
4 3
2
1 undefined
var leaks undefined
3 undefined
in switch
undefined
*/
