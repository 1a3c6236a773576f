print(5 & 3, 5 | 3, 5 ^ 3, ~5);
print(~-1, ~0, ~~3.7, ~~-3.7);
print(-1 & 0xff, -256 | 0, 0xffffffff | 0);
print(2 ** 32 | 0, (2 ** 32 + 5) | 0, (2 ** 31) | 0);
print(1e21 | 0, NaN | 0, Infinity | 0, -Infinity & 1);
print(3.99 | 0, -3.99 | 0);
print("12" & "10", "a" | 1, null ^ 7, undefined | 0, true + true | 0);
print(0x12345678 ^ 0x0f0f0f0f);
print(~~(2 ** 53), 4294967296.5 | 0);
let f = 0b1010;
f &= 0b0110; print(f);
f |= 8; print(f);
f ^= 15; print(f);
/* expected
1 7 6 -6
0 -1 3 -3
255 -256 -1
0 5 -2147483648
-559939584 0 0 0
3 -3
8 1 7 0 2
490428791
0 0
2
10
5
*/
