function f(xs) {
  try {
    for (const x of xs) {
      if (x > 1) return x;
    }
  } catch (e) {
    print("caught", e);
  } finally {
    print("done");
  }
}
f([1, 2]);
