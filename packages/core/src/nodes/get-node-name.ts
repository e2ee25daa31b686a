import type { UiNode } from '../client/types';
import { isInputNode } from './guards';

/** `attributes.name` for inputs, `attributes.id` for the other types; `undefined` when empty or missing. */
export function getNodeName(node: UiNode): string | undefined {
  const attributes = node?.attributes as { name?: unknown; id?: unknown } | undefined;
  const value = isInputNode(node) ? attributes?.name : attributes?.id;
  return typeof value === 'string' && value !== '' ? value : undefined;
}
