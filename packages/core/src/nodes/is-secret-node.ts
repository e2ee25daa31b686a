import type { UiNode } from '../client/types';
import { isInputNode, isTextNode } from './guards';

/** Inputs whose values must never be kept, logged or carried into a restarted flow. */
const secretInputNames = new Set(['csrf_token', 'password', 'code', 'totp_code', 'lookup_secret']);
const secretAutocomplete = new Set(['current-password', 'new-password', 'one-time-code']);
/** Text nodes that show a secret: the TOTP key and the lookup (recovery) codes. */
const secretTextIds = new Set(['totp_secret_key', 'lookup_secret_codes']);

/**
 * True for passwords, one-time codes (email/SMS code, TOTP, lookup), the CSRF token, and the text nodes that
 * reveal the TOTP secret or the lookup codes.
 */
export function isSecretNode(node: UiNode): boolean {
  if (isInputNode(node)) {
    const { name, type, autocomplete } = node.attributes;
    if (type === 'password') return true;
    if (typeof name === 'string' && secretInputNames.has(name)) return true;
    return typeof autocomplete === 'string' && secretAutocomplete.has(autocomplete);
  }
  if (isTextNode(node)) return secretTextIds.has(node.attributes.id);
  return false;
}
