// Finding nodes in the extension's view trees, for the view-model tests.
import type { TreeNode } from '../../extension/src/model/tree';

/** The first node (depth first) that satisfies `pred`. */
export function find(nodes: readonly TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined {
  for (const n of nodes) {
    if (pred(n)) return n;
    const k = n.children ? find(n.children, pred) : undefined;
    if (k) return k;
  }
  return undefined;
}

/** The first node whose label is `label` (or matches it). */
export const byLabel = (nodes: readonly TreeNode[], label: string | RegExp): TreeNode | undefined =>
  find(nodes, (n) => (typeof label === 'string' ? n.label === label : label.test(n.label)));
