import { readSubmittedValue, type SubmitBody, submittedValues } from './form-body';
import type { Flow, UiNode, UiNodeInputAttributes } from './types';

export interface CarryValuesOptions {
  /** More node names never to carry over, on top of the built-in secrets. */
  secretsDropped?: readonly string[];
}

/** Node types that hold no typed text, or a secret. */
const skippedTypes = /^(password|hidden|submit|button|file)$/;
/** Secrets, one-time codes, CSRF and the method switch, by name (and WebAuthn / passkey / TOTP data by prefix). */
const secretNames =
  /^(csrf_token|method|code|totp_code|lookup_secret|password|recovery_code|verification_code|screen|resend)$|^(webauthn|passkey|totp|lookup_secret)_/;
const secretGroups = /^(webauthn|passkey|totp|lookup_secret|captcha)$/;

function isCarriable(node: UiNode, attributes: UiNodeInputAttributes, extra: ReadonlySet<string>): boolean {
  const { name, type, autocomplete } = attributes;
  if (skippedTypes.test(type) || secretGroups.test(node.group) || secretNames.test(name) || extra.has(name))
    return false;
  return !(typeof autocomplete === 'string' && /one-time-code|password|webauthn/.test(autocomplete));
}

/**
 * A copy of `newFlow` whose input nodes show what the user typed in `body` (the submit that failed because
 * the old flow expired or was replaced), so nobody retypes an email. Passwords, codes, CSRF, method buttons
 * and WebAuthn/passkey data are never carried: a new flow must not reuse them.
 */
export function carryValues<F extends Flow>(
  newFlow: F,
  body: SubmitBody | undefined,
  options: CarryValuesOptions = {},
): F {
  const values = submittedValues(body, newFlow);
  const extra = new Set(options.secretsDropped ?? []);
  let changed = false;
  const nodes = newFlow.ui.nodes.map((node) => {
    const attributes = node.attributes as UiNodeInputAttributes;
    if (attributes?.node_type !== 'input' || typeof attributes.name !== 'string') return node;
    if (!isCarriable(node, attributes, extra)) return node;
    const typed = readSubmittedValue(values, attributes.name);
    const value = attributes.type === 'checkbox' ? toBoolean(typed) : toTyped(typed);
    if (value === undefined) return node;
    changed = true;
    return { ...node, attributes: { ...attributes, value } };
  });
  return changed ? { ...newFlow, ui: { ...newFlow.ui, nodes } } : newFlow;
}

function toBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

function toTyped(value: unknown): unknown {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string' || typeof item === 'number'))
    return value;
  return undefined;
}
