import { nonEmptyString } from '../client/guards';
import type { UiNode } from '../client/types';
import { getNodeName } from './get-node-name';
import { toFormValue } from './get-node-value';
import { getNodeType, isInputNode } from './guards';

/**
 * A stable identity for a node, fit for React keys and lookups: the input name, plus the value for submit
 * buttons (several share `name="method"` or `name="provider"`: `method:password`, `provider:github`), else
 * `attributes.id`, else `<type>:<group>`. Not unique by itself when Kratos repeats a node: the renderer
 * de-duplicates keys.
 */
export function getNodeId(node: UiNode): string {
  const name = getNodeName(node);
  // Not String(group): an object group from a broken server can make String() throw.
  if (name === undefined) return `${getNodeType(node) ?? 'unknown'}:${nonEmptyString(node?.group) ?? ''}`;
  const value =
    isInputNode(node) && node.attributes.type === 'submit' ? toFormValue(node.attributes.value) : undefined;
  return value ? `${name}:${value}` : name;
}
