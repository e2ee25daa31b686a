import type { UiNode, UiNodeGroup, UiNodeType } from '../client/types';
import { getNodeName } from './get-node-name';
import { getNodeType, isObject, isScriptNode } from './guards';

export interface FilterNodesOptions {
  /** Keep only these groups (plus `default`, see `withDefaultGroup`). */
  groups?: UiNodeGroup[];
  /** Drop these groups; applied after `groups`, so it can drop `default` too. */
  excludeGroups?: UiNodeGroup[];
  /** Keep only these node types (`input`, `text`, `img`, `a`, `script`, `div`). */
  types?: UiNodeType[];
  /** Keep only nodes with these names (input `name`, else `attributes.id`). */
  names?: string[];
  /**
   * With `groups`: also keep the `default` group (csrf_token and the identifier travel with every section)
   * and, when `passkey` is asked for, the WebAuthn script (Kratos files it under `webauthn` even for passkeys).
   * Default true; ignored without `groups`.
   */
  withDefaultGroup?: boolean;
}

/**
 * The nodes of `groups` (every node without), plus, with `withDefaultGroup`, the `default` group and the WebAuthn
 * script that passkeys need; garbage entries dropped. FlowForm needs only this part of `filterNodes`.
 */
export function filterNodeGroups(
  nodes: readonly UiNode[] | null | undefined,
  groups: readonly UiNodeGroup[] | undefined,
  withDefaultGroup = true,
): UiNode[] {
  if (!Array.isArray(nodes)) return [];
  const wanted = groups && new Set<string>(groups);
  return nodes.filter((node) => {
    if (!isObject(node)) return false;
    const { group } = node;
    return (
      !wanted ||
      wanted.has(group) ||
      (withDefaultGroup &&
        (group === 'default' || (wanted.has('passkey') && group === 'webauthn' && isScriptNode(node))))
    );
  });
}

/** The nodes that match every given criterion, in Kratos' order. */
export function filterNodes(
  nodes: readonly UiNode[] | null | undefined,
  options: FilterNodesOptions = {},
): UiNode[] {
  const { groups, excludeGroups, types, names, withDefaultGroup } = options;
  return filterNodeGroups(nodes, groups, withDefaultGroup).filter(
    (node) =>
      !excludeGroups?.includes(node.group) &&
      (!types || types.includes(getNodeType(node) as UiNodeType)) &&
      (!names || names.includes(getNodeName(node) as string)),
  );
}
