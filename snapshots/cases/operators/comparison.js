print("a" < "b", "B" < "a", "abc" < "abd", "ab" < "abc");
print("10" < "9", 10 < 9, "10" < 9, 10 < "9");
print("" < "a", "Z" < "a", "a" < "aa");
print(null < 1, null >= 0, null > 0, null == 0);
print(undefined < 1, undefined > 1, undefined == 0);
print("abc" < 5, "abc" > 5);
print(true > false, true >= 1, [2] > 1, [1, 2] > 1);
print(1 <= 1, 1 >= 1, 2 > 1 > 0, 3 > 2 > 1);
print("\u00e9" > "z", "a" < "\uD83D");
print(-0 < 0, -0 <= 0, -Infinity < -1e308);
/* expected
true true true true
true false false false
true true true
true true false false
false false false
false false
true true true false
true true true false
true true
false true true
*/
