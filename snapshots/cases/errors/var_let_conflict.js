print("before");
var v = 1;
{
  let w = 2;
}
let v = 3;
// expect-verdict: compile_error
/* expected
*/
