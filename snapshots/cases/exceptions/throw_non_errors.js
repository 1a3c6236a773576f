const values = [42, "str", null, undefined, true, { code: 7 }, [1, 2], Symbol("s")];
for (const v of values) {
  try { throw v; } catch (e) {
    print(typeof e, e === v, e instanceof Error, typeof e === "symbol" ? e.description : String(e));
  }
}
function thrower() { throw { toString() { return "custom thrown object"; } }; }
try { thrower(); } catch (e) { print("" + e); }
/* expected
number true false 42
string true false str
object true false null
undefined true false undefined
boolean true false true
object true false [object Object]
object true false 1,2
symbol true false s
custom thrown object
*/
