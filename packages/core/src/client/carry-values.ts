import { readSubmittedValue, type SubmitBody, submittedValues } from './form-body';
import type { Flow, UiNodeInputAttributes } from './types';

export interface CarryValuesOptions {
  /** More node names never to carry over, on top of the built-in secrets. */
  secretsDropped?: readonly string[];
}

/**
 * What a user types that a new flow may show again: identifiers (`password_identifier` in Kratos before v0.6)
 * and the identity's traits. An allowlist: passwords, one-time codes, CSRF, the method buttons, WebAuthn /
 * passkey / TOTP / lookup-secret data and any field Kratos adds later are never carried.
 */
const carriedNames = /^((password_)?identifier|email|traits\..+)$/;
/** Secret (password), server-set (hidden) or a button's own value (recovery's "resend to email"), whatever the name. */
const skippedTypes = /^(password|hidden|submit|button)$/;

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
  let changed = false;
  const nodes = newFlow.ui.nodes.map((node) => {
    const attributes = node.attributes as UiNodeInputAttributes;
    const { name, type } = attributes ?? {};
    if (
      attributes?.node_type !== 'input' ||
      typeof name !== 'string' ||
      !carriedNames.test(name) ||
      skippedTypes.test(type) ||
      options.secretsDropped?.includes(name)
    )
      return node;
    const value = typedValue(type, readSubmittedValue(values, name));
    if (value === undefined) return node;
    changed = true;
    return { ...node, attributes: { ...attributes, value } };
  });
  return changed ? { ...newFlow, ui: { ...newFlow.ui, nodes } } : newFlow;
}

/** A checkbox's boolean, or text and numbers (one or a list) as typed; anything else is not carried. */
const typedValue = (type: string, typed: unknown): unknown =>
  type === 'checkbox'
    ? typed === true || typed === 'true' || (typed === false || typed === 'false' ? false : undefined)
    : (Array.isArray(typed) ? typed : [typed]).every(
          (item) => typeof item === 'string' || typeof item === 'number',
        )
      ? typed
      : undefined;
