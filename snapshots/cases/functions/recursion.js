function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }
print(fact(5), fact(20), fact(25));
function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
print(fib(20));
function isEven(n) { return n === 0 ? true : isOdd(n - 1); }
function isOdd(n) { return n === 0 ? false : isEven(n - 1); }
print(isEven(10), isOdd(7), isEven(101));
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
print(ack(2, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  return hanoi(n - 1, via, to, from, moves);
}
print(hanoi(3, "A", "C", "B", []).join(" "));
const named = function self(n) { return n ? self(n - 1) + 1 : 0; };
print(named(50));
/* expected
120 2432902008176640000 1.5511210043330986e+25
6765
true true false
9
AC AB CB AC BA BC AC
50
*/
