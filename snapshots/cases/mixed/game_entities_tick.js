class Entity {
  static #nextId = 1;
  id = Entity.#nextId++;
  constructor(name) { this.name = name; }
  *behavior() { yield; }
  toString() { return `${this.constructor.name}#${this.id}(${this.name})`; }
}
class Patrol extends Entity {
  *behavior() { const path = ["A", "B", "C"]; for (let i = 0; ; i = (i + 1) % path.length) { print(`${this} at ${path[i]}`); yield; } }
}
class Bomb extends Entity {
  constructor(name, fuse) { super(name); this.fuse = fuse; }
  *behavior() { while (this.fuse > 0) { print(`${this} fuse ${this.fuse--}`); yield; } print(`${this} explodes`); }
}
const world = [new Patrol("guard"), new Bomb("tnt", 2)].map((e) => ({ e, co: e.behavior() }));
for (let tick = 1; tick <= 4; tick++) {
  print("tick", tick);
  for (const slot of world) if (slot.co && slot.co.next().done) { print(`${slot.e} removed`); slot.co = null; }
}
/* expected
tick 1
Patrol#1(guard) at A
Bomb#2(tnt) fuse 2
tick 2
Patrol#1(guard) at B
Bomb#2(tnt) fuse 1
tick 3
Patrol#1(guard) at C
Bomb#2(tnt) explodes
Bomb#2(tnt) removed
tick 4
Patrol#1(guard) at A
*/
