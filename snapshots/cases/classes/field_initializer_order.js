const log = [];
function note(s) { log.push(s); return s; }
class A {
  a = note("field a");
  constructor() { note("ctor A"); }
  b = note("field b");
}
class B extends A {
  c = note("field c");
  constructor() { note("before super"); super(); note("after super"); }
  d = note("field d " + this.a);
}
new B();
for (const l of log) print(l);
/* expected
before super
field a
field b
ctor A
field c
field d field a
after super
*/
