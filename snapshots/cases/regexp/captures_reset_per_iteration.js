// A capture inside a quantified group is reset at every iteration
// (RepeatMatcher): one the last iteration did not set is undefined, in
// exec, match, replace's $n, named groups and split.
const show = (m) => JSON.stringify(m);
print(show(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")));
print(show(/(?:(a)|b)+/.exec("ab")), show(/(?:(a)|(b))+/.exec("abab")));
print(show(/(?:a(b*)|c)+/.exec("abc")), show(/((a)|b)+/.exec("ab")));
print(show(/(?:(?<x>a)|b){2}/.exec("ab").groups), show(/(?:(?<x>a)|b){2}/.exec("ba").groups));
print(show("abab".replace(/(?:(a)|b)+/, "[$1]")), show("xaby".replace(/(?:(a)|(b))+/g, (m, a, b) => `<${a}|${b}>`)));
print(show("ab".match(/(?:(a)|b)*/)), show("a,b;".split(/(?:(,)|(;))+/)));
// Groups of a quantifier that ran once, or not at all, are untouched.
print(show(/(?:(a)|b)?c/.exec("ac")), show(/(?:(a)|b)*c/.exec("c")), show(/(?:(a)b){1}/.exec("ab")));
// Nested quantifiers: inner captures from earlier outer iterations go too.
print(show(/(?:x(?:(a)|(b))+)+/.exec("xabxb")));
// A quantified lookahead that may run zero times keeps no captures.
print(show(/(?=(a))?a/.exec("a")), show(/(?=(a)){1}a\1/.exec("aa")));

/* expected
["zaacbbbcac","z","ac","a",null,"c"]
["ab",null] ["abab",null,"b"]
["abc",null] ["ab","b",null]
{} {"x":"a"}
"[]" "x<undefined|b>y"
["ab",null] ["a",",",null,"b",null,";",""]
["ac","a"] ["c",null] ["ab","a"]
["xabxb",null,"b"]
["a",null] ["aa","a"]
*/
