import type { DataAttributes, FormRenderState, NodeRenderState } from './types';

/** A present-or-absent data attribute: `""` when on, absent (never `"false"`) when off. */
export function flag(on: boolean): '' | undefined {
  return on ? '' : undefined;
}

/** `data-invalid`, `data-disabled`, `data-required`, `data-pending` (present or absent). */
export function stateFlags(state: NodeRenderState): DataAttributes {
  return {
    'data-invalid': flag(state.invalid),
    'data-disabled': flag(state.disabled),
    'data-required': flag(state.required),
    'data-pending': flag(state.pending),
  };
}

/** `data-ory-group` and `data-ory-name`, the node's identity. */
export function identityAttributes(state: NodeRenderState): DataAttributes {
  return { 'data-ory-group': state.group, 'data-ory-name': state.name };
}

/** Everything a node's main element carries: `data-ory-node` + identity + flags. */
export function nodeAttributes(state: NodeRenderState): DataAttributes {
  return { 'data-ory-node': state.kind, ...identityAttributes(state), ...stateFlags(state) };
}

/** A structural part (field, label, messages) of a node: `data-ory-part` + identity + flags. */
export function partAttributes(part: string, state: NodeRenderState): DataAttributes {
  return { 'data-ory-part': part, ...identityAttributes(state), ...stateFlags(state) };
}

export function formAttributes(state: FormRenderState): DataAttributes {
  return {
    'data-ory-part': 'form',
    'data-state': state.state,
    'data-pending': flag(state.pending),
    'data-invalid': flag(state.invalid),
  };
}

const safeDataKey = /^[a-z][a-z0-9_.:-]*$/;

/**
 * A div node's `attributes.data` map as `data-*` attributes (captcha widgets read them). Keys are lower-cased
 * and must be plain names; values must be strings, numbers or booleans; keys that would overwrite this
 * library's own contract (`ory-*`, `state`, the flags) are dropped.
 */
export function divDataAttributes(data: unknown): DataAttributes {
  const attributes: DataAttributes = {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return attributes;
  const reserved = new Set(['state', 'invalid', 'disabled', 'required', 'pending']);
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.toLowerCase().replace(/^data-/, '');
    if (!safeDataKey.test(key) || key.startsWith('ory') || reserved.has(key)) continue;
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue;
    attributes[`data-${key}`] = String(value);
  }
  return attributes;
}
