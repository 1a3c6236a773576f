class Editor {
  #text = ""; #undo = []; #redo = [];
  get text() { return this.#text; }
  #apply(cmd) { const before = this.#text; this.#text = cmd(before); return before; }
  type(s) { this.#undo.push(this.#apply((t) => t + s)); this.#redo = []; return this; }
  backspace(n = 1) { this.#undo.push(this.#apply((t) => t.slice(0, t.length - n))); this.#redo = []; return this; }
  undo() { if (this.#undo.length) { this.#redo.push(this.#text); this.#text = this.#undo.pop(); } return this; }
  redo() { if (this.#redo.length) { this.#undo.push(this.#text); this.#text = this.#redo.pop(); } return this; }
}
const ed = new Editor().type("hello").type(" world").backspace(3);
print(`[${ed.text}]`);
ed.undo();
print(`[${ed.text}]`);
ed.undo().undo().undo();
print(`[${ed.text}]`);
ed.redo().redo();
print(`[${ed.text}]`);
ed.type("!").redo();
print(`[${ed.text}]`);
/* expected
[hello wo]
[hello world]
[]
[hello world]
[hello world!]
*/
