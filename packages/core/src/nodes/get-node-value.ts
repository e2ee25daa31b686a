import type { UiNode } from '../client/types';
import { isInputNode } from './guards';

/**
 * An input node's `value` as the string a form control holds: strings as they are, numbers and booleans
 * stringified, objects as JSON (Kratos sends some option blobs that way), nothing for null/undefined.
 */
export function getNodeValue(node: UiNode): string | undefined {
  if (!isInputNode(node)) return undefined;
  return toFormValue(node.attributes.value);
}

export function toFormValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    // Booleans and objects as JSON; nothing for null, undefined, functions or symbols (JSON.stringify gives
    // undefined for the last three), nor for what it cannot write (cycles).
    return value === null ? undefined : JSON.stringify(value);
  } catch {
    return undefined;
  }
}
