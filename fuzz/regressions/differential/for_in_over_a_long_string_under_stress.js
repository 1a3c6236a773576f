var v0 = 0, v1 = "s", v2 = [1, 2, 3], v3 = {a: 1, b: [2], c: "x"};
function tag(s, ...v) { return s.raw.join("|") + "/" + s.map(String).join("|") + "/" + v.length; }
try {
({[v1]: (v1).done = v1, } = (delete ((delete ((delete ((delete ((delete ((-0))[9007199254740992]))["4294967295"]))["4294967295"]))["4294967295"])).length));
} catch (e1) { print("caught", e1 instanceof Error ? e1.name + ": " + e1.message : typeof e1); }
try {
for (const k3 in "0".repeat(65536)) {
{ let w4 = 0; while (w4++ < 3 && (k3)) {
("[1,2,{\"a\":null}]");
} }
}
} catch (e2) { print("caught", e2 instanceof Error ? e2.name + ": " + e2.message : typeof e2); }
try { print(JSON.stringify([v0, v1, v2, v3])); } catch (e) { print("epilogue", typeof e); }

