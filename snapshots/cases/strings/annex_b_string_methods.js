// The Annex B string functions a strict script can call.
print('abc'.substr(1), 'abcdef'.substr(-3, 2), 'abc'.substr(1, 0), '[' + 'abc'.substr(5) + ']', 'abc'.substr(-Infinity, 2));
print('x'.anchor('a"b'), 'x'.big(), 'x'.blink(), 'x'.bold(), 'x'.fixed());
print('x'.fontcolor('red'), 'x'.fontsize(7), 'x'.italics(), 'x'.link('u?a=1&b="2"'));
print('x'.small(), 'x'.strike(), 'x'.sub(), 'x'.sup(), 'x'.anchor());
print(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight.name, '[' + '  a  '.trimLeft() + ']');
print(escape('a b+c/ä€😀@*_-.'), unescape('%u20AC%E4%zz%u12'), unescape(escape('\u{1F600} x')) === '\u{1F600} x');
try { String.prototype.substr.call(null) } catch (e) { print(e.constructor.name) }
try { String.prototype.bold.call(undefined) } catch (e) { print(e.constructor.name) }
