try { print(a); } catch (e) { print(e.name, e.message); }
let a = 1;
try { b = 2; } catch (e) { print(e.name, e.message); }
const b = 3;
try { typeof c; print("no error"); } catch (e) { print(e.name, e.message); }
let c;
print(typeof c);
function readLater() { return later; }
try { readLater(); } catch (e) { print(e.message); }
let later = "ok";
print(readLater());
try { let d = d + 1; } catch (e) { print(e.message); }
{
  try { x; } catch (e) { print(e.message); }
  let x = 5;
  print(x);
}
/* expected
ReferenceError Cannot access 'a' before initialization
ReferenceError Cannot access 'b' before initialization
ReferenceError Cannot access 'c' before initialization
undefined
Cannot access 'later' before initialization
ok
Cannot access 'd' before initialization
Cannot access 'x' before initialization
5
*/
