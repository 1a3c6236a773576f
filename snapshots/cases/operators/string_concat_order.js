print(1 + 2 + "3");
print("1" + 2 + 3);
print(1 + (2 + "3"));
print("5" - 2, "5" + 2, "5" * "2", "10" / "4");
print(true + 1, true + "1", null + 1, undefined + 1);
print([] + [], [] + 1, [1, 2] + [3]);
print({} + "x");
print("a" + null + undefined + true + 1.5);
print(+"", +" ", +"3" + +"4");
print("3" - - "4", "3" + - "4");
let s = 1;
s += "1"; print(s, typeof s);
s -= 1; print(s, typeof s);
/* expected
33
123
123
3 52 10 2.5
2 true1 1 NaN
 1 1,23
[object Object]x
anullundefinedtrue1.5
0 0 7
7 3-4
11 string
10 number
*/
