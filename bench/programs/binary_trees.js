// Allocation and GC: the binary-trees shape — a stretch tree, one long-lived
// tree of depth 14, and many short-lived trees of growing depth, each checked.
function TreeNode(left, right) { this.left = left; this.right = right; }
function bottomUp(depth) {
  return depth > 0 ? new TreeNode(bottomUp(depth - 1), bottomUp(depth - 1)) : new TreeNode(null, null);
}
function check(node) {
  return node.left === null ? 1 : 1 + check(node.left) + check(node.right);
}
const maxDepth = 14;
const minDepth = 4;
let sum = check(bottomUp(maxDepth + 1));
const longLived = bottomUp(maxDepth);
for (let depth = minDepth; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 2);
  let c = 0;
  for (let i = 0; i < iterations; i++) c += check(bottomUp(depth));
  sum = (sum * 31 + c + depth) % 1000000007;
}
print(sum, check(longLived));
