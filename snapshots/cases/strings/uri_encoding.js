// encodeURI keeps the reserved characters and '#'; encodeURIComponent
// escapes them. Both write UTF-8 bytes as %XX.
print(encodeURIComponent("a b&c/d?é😀#"));
print(encodeURI("http://x.y/a b?q=1&r=é#frag"), encodeURI("-_.!~*'()"), encodeURIComponent(";/?:@&=+$,"));
// decodeURI keeps the escapes of reserved characters; the component form
// decodes everything.
print(decodeURIComponent("a%20b%26c%2Fd%3F%C3%A9%F0%9F%98%80%23"), decodeURI("a%20b%26c%2Fd%3F%C3%A9%23"));
print(decodeURI("%41%2f%2F"), decodeURIComponent("%41%2f"), decodeURIComponent(encodeURIComponent("\u0000\uffff")) === "\u0000\uffff");
// Bad escapes, bad UTF-8 (truncated, overlong, surrogates, past U+10FFFF)
// and lone surrogates are URIErrors.
for (const t of ["%", "%4", "%G0", "%C3", "%C3%28", "%E0%80%80", "%ED%A0%80", "%F4%90%80%80", "%80", "%C3%A9%", "%FF"]) {
  try { decodeURIComponent(t); print("decoded?", t); } catch (e) { print(e.name, t); }
}
try { encodeURIComponent("\ud800"); } catch (e) { print(e.name, e.message); }
try { encodeURI("a\udc00"); } catch (e) { print(e instanceof URIError); }
print(encodeURIComponent(12), decodeURI(undefined), encodeURI.length, decodeURIComponent.name);
print(Number.isSafeInteger(2 ** 53 - 1), Number.isSafeInteger(2 ** 53), Number.isSafeInteger("1"), Number.parseInt === parseInt);
/* expected
a%20b%26c%2Fd%3F%C3%A9%F0%9F%98%80%23
http://x.y/a%20b?q=1&r=%C3%A9#frag -_.!~*'() %3B%2F%3F%3A%40%26%3D%2B%24%2C
a b&c/d?é😀# a b%26c%2Fd%3Fé%23
A%2f%2F A/ true
URIError %
URIError %4
URIError %G0
URIError %C3
URIError %C3%28
URIError %E0%80%80
URIError %ED%A0%80
URIError %F4%90%80%80
URIError %80
URIError %C3%A9%
URIError %FF
URIError URI malformed
true
12 undefined 1 decodeURIComponent
true false false true
*/
