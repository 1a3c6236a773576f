// Everything outside the JSON grammar is a SyntaxError naming the position.
const bad = ["", " ", "{", "[1,]", '{"a":1,}', "01", "1.", ".5", "+1", "1e", "-", '"\t"', '"\\x"', '"\\u12"',
  "tru", "nul", "{a:1}", "{'a':1}", "1 2", "[1 2]", '{"a" 1}', "NaN", "Infinity", "undefined", "\u00a01", "[1]]", '"abc'];
for (const text of bad) {
  try {
    JSON.parse(text);
    print("parsed?", JSON.stringify(text));
  } catch (e) {
    print(e instanceof SyntaxError, e.message);
  }
}
// JSON whitespace is only space, tab, line feed and carriage return.
print(JSON.parse(" \t\n\r[ 1 ,\r\n2 ] \n").length);
/* expected
true Unexpected end of JSON input
true Unexpected end of JSON input
true Unexpected end of JSON input
true Unexpected token ']' in JSON at position 3
true Unexpected token '}' in JSON at position 7
true Unexpected token '1' in JSON at position 1
true Unexpected end of JSON input
true Unexpected token '.' in JSON at position 0
true Unexpected token '+' in JSON at position 0
true Unexpected end of JSON input
true Unexpected end of JSON input
true Unexpected token '	' in JSON at position 1
true Unexpected token 'x' in JSON at position 2
true Unexpected token '"' in JSON at position 5
true Unexpected end of JSON input
true Unexpected end of JSON input
true Unexpected token 'a' in JSON at position 1
true Unexpected token ''' in JSON at position 1
true Unexpected token '2' in JSON at position 2
true Unexpected token '2' in JSON at position 3
true Unexpected token '1' in JSON at position 5
true Unexpected token 'N' in JSON at position 0
true Unexpected token 'I' in JSON at position 0
true Unexpected token 'u' in JSON at position 0
true Unexpected token ' ' in JSON at position 0
true Unexpected token ']' in JSON at position 3
true Unexpected end of JSON input
2
*/
