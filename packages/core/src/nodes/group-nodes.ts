import { nonEmptyString } from '../client/guards';
import type { UiNode, UiNodeGroup } from '../client/types';
import { isObject } from './guards';

/** Nodes by group; groups in the order they first appear and nodes in Kratos' order within each. */
export function groupNodes(nodes: readonly UiNode[] | null | undefined): Map<UiNodeGroup, UiNode[]> {
  const groups = new Map<UiNodeGroup, UiNode[]>();
  if (!Array.isArray(nodes)) return groups;
  for (const node of nodes) {
    if (!isObject(node)) continue;
    const group = nonEmptyString(node.group) ?? '';
    const list = groups.get(group);
    if (list) list.push(node);
    else groups.set(group, [node]);
  }
  return groups;
}
