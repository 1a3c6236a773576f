try { throw new Error("a"); } catch (err) {
  var hoisted = "var in catch";
  let blockScoped = "let in catch";
  print(err.message, blockScoped);
}
print(hoisted, typeof err, typeof blockScoped);
const fns = [];
for (let i = 0; i < 3; i++) {
  try { throw i * 10; } catch (v) { fns.push(() => v); }
}
print(fns.map((f) => f()).join(","));
try { throw null; } catch (e) { print(e === null); }
try {
  try { throw 1; } catch (e) { print("inner", e); throw 2; } finally { print("inner finally"); }
} catch (e) { print("outer", e); } finally { print("outer finally"); }
/* expected
a let in catch
var in catch undefined undefined
0,10,20
true
inner 1
inner finally
outer 2
outer finally
*/
