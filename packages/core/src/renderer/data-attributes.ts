import { isRecord } from '../client/guards';
import type { DataAttributes, NodeRenderState } from './types';

/** A present-or-absent data attribute: `""` when on, absent (never `"false"`) when off. */
export function flag(on: boolean | undefined): '' | undefined {
  return on ? '' : undefined;
}

/**
 * A node's data attributes: `data-ory-node` on its main element, or `data-ory-part` on a structural part of it
 * (field, label, node-messages); then its identity (`data-ory-group`, `data-ory-name`) and the flags
 * (`data-invalid`, `data-disabled`, `data-required`, `data-pending`, present or absent). The form takes them
 * too (`data-ory-part="form"`): its state has no identity, nor disabled/required flags, so those stay absent.
 */
export function nodeAttributes(state: Partial<NodeRenderState>, part?: string): DataAttributes {
  return {
    [part ? 'data-ory-part' : 'data-ory-node']: part ?? state.kind,
    'data-ory-group': state.group,
    'data-ory-name': state.name,
    'data-invalid': flag(state.invalid),
    'data-disabled': flag(state.disabled),
    'data-required': flag(state.required),
    'data-pending': flag(state.pending),
  };
}

const safeDataKey = /^[a-z][a-z0-9_.:-]*$/;
/** Keys a div's data may not take: they belong to this library's own contract. */
const reservedDataKey = /^(?:ory|(?:state|invalid|disabled|required|pending)$)/;
const dataValueTypes = ['string', 'number', 'boolean'];

/**
 * A div node's `attributes.data` map as `data-*` attributes (captcha widgets read them). Keys are lower-cased
 * and must be plain names; values must be strings, numbers or booleans; keys that would overwrite this
 * library's own contract (`ory-*`, `state`, the flags) are dropped.
 */
export function divDataAttributes(data: unknown): DataAttributes {
  const attributes: DataAttributes = {};
  if (!isRecord(data)) return attributes;
  for (const [rawKey, value] of Object.entries(data)) {
    const key = rawKey.toLowerCase().replace(/^data-/, '');
    if (safeDataKey.test(key) && !reservedDataKey.test(key) && dataValueTypes.includes(typeof value))
      attributes[`data-${key}`] = String(value);
  }
  return attributes;
}
