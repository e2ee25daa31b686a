import { readSubmittedValue, type SubmitBody, submittedValues } from './form-body';
import type { Flow, UiNodeInputAttributes } from './types';

export interface CarryValuesOptions {
  /** More node names never to carry over, on top of the built-in secrets. */
  secretsDropped?: readonly string[];
}

/** Node types that hold no typed text, or a secret. */
const skippedTypes = /^(password|hidden|submit|button|file)$/;
/**
 * Secrets, one-time codes, CSRF and the method switch, by name (and WebAuthn / passkey / TOTP / lookup secret
 * data by prefix: `totp_code` among them).
 */
const secretNames =
  /^(csrf_token|method|code|lookup_secret|password|recovery_code|verification_code|screen|resend)$|^(webauthn|passkey|totp|lookup_secret)_/;
const secretGroups = /^(webauthn|passkey|totp|lookup_secret|captcha)$/;

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
    const { name, type, autocomplete } = attributes ?? {};
    if (
      attributes?.node_type !== 'input' ||
      typeof name !== 'string' ||
      skippedTypes.test(type) ||
      secretGroups.test(node.group) ||
      secretNames.test(name) ||
      options.secretsDropped?.includes(name) ||
      /one-time-code|password|webauthn/.test(typeof autocomplete === 'string' ? autocomplete : '')
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
