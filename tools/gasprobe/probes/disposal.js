// Explicit resource management: `using` blocks that add and dispose
// resources, and DisposableStacks filled with defer/use and disposed.
const resource = { [Symbol.dispose]() { n++; } };
let n = 0;
for (let i = 0; i < 1e9; i++) {
  {
    using a = resource, b = resource, c = null;
  }
  const stack = new DisposableStack();
  for (let j = 0; j < 20; j++) stack.defer(() => n++);
  stack.use(resource);
  stack.dispose();
}
