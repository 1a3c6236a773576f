const log = [];
try { log.push("try"); throw new Error("e1"); log.push("unreached"); }
catch (e) { log.push("catch " + e.message); }
finally { log.push("finally"); }
print(log.join(" > "));
log.length = 0;
try { log.push("try"); } catch (e) { log.push("catch"); } finally { log.push("finally"); }
print(log.join(" > "));
log.length = 0;
try {
  try { throw "inner"; } finally { log.push("inner finally"); }
} catch (e) { log.push("outer catch " + e); }
print(log.join(" > "));
try { throw 1; } catch { print("optional catch binding"); }
let e = "outer e";
try { throw "thrown"; } catch (e) { e = "reassigned"; }
print(e);
/* expected
try > catch e1 > finally
try > finally
inner finally > outer catch inner
optional catch binding
outer e
*/
