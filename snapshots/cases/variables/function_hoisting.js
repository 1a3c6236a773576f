print(outer());
function outer() { return inner(); function inner() { return "inner"; } }
print(typeof later);
function later() {}
function dup() { return 1; }
function dup() { return 2; }
print(dup());
{
  print(blockFn());
  function blockFn() { return "block"; }
}
print(typeof blockFn);
var fe = function named() { return typeof named; };
print(fe(), typeof named);
/* expected
inner
function
2
block
undefined
function undefined
*/
