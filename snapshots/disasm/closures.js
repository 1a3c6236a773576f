function counter() {
  let count = 0;
  return () => ++count;
}
const next = counter();
for (let i = 0; i < 3; i++) print(next(), i);
