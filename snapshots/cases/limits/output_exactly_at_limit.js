// limits: output=20
// Two lines of 10 bytes each (newline included) fill the budget exactly;
// reaching the limit is fine, only going past it ends the run.
print("123456789");
print("abcdefghi");
/* expected
123456789
abcdefghi
*/
