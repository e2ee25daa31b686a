import type { UiNode, UiNodeGroup, UiNodeType } from '../client/types';
import { getNodeName } from './get-node-name';
import { getNodeType, isScriptNode } from './guards';

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

/** The nodes that match every given criterion, in Kratos' order. */
export function filterNodes(
  nodes: readonly UiNode[] | null | undefined,
  options: FilterNodesOptions = {},
): UiNode[] {
  if (!Array.isArray(nodes)) return [];
  const { groups, excludeGroups, types, names, withDefaultGroup = true } = options;
  const wanted = groups ? new Set<string>(groups) : undefined;
  const keepInfrastructure = wanted && withDefaultGroup;
  return nodes.filter((node) => {
    if (typeof node !== 'object' || node === null) return false;
    const { group } = node;
    const isInfrastructure =
      keepInfrastructure &&
      (group === 'default' || (wanted.has('passkey') && group === 'webauthn' && isScriptNode(node)));
    return (
      (!wanted || wanted.has(group) || isInfrastructure) &&
      !excludeGroups?.includes(group) &&
      (!types || types.includes(getNodeType(node) as UiNodeType)) &&
      (!names || names.includes(getNodeName(node) as string))
    );
  });
}
