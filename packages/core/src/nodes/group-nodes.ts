import type { UiNode, UiNodeGroup } from '../client/types';

/** Nodes by group; groups in the order they first appear and nodes in Kratos' order within each. */
export function groupNodes(nodes: readonly UiNode[] | null | undefined): Map<UiNodeGroup, UiNode[]> {
  const groups = new Map<UiNodeGroup, UiNode[]>();
  if (!Array.isArray(nodes)) return groups;
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) continue;
    const group = typeof node.group === 'string' ? node.group : '';
    const list = groups.get(group);
    if (list) list.push(node);
    else groups.set(group, [node]);
  }
  return groups;
}
