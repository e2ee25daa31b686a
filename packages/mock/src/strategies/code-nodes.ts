import { CODE_LENGTH } from '../courier/one-time-secrets';
import { messages } from '../messages';
import { inputNode } from '../nodes';
import type { UiInputNode, UiNodeGroup, UiText } from '../types';

// Node builders shared by the out-of-band strategies (code and link) of recovery and verification, and ready
// for passwordless login/registration by code: an address field, the code field, the hidden `method` that lets a
// "resend" button submit, and the resend button itself.

/** The address to send to (`email`), a required field of the strategy's group. */
export function addressInputNode(group: UiNodeGroup, value?: string): UiInputNode {
  return inputNode({
    name: 'email',
    type: 'email',
    group,
    ...(value !== undefined ? { value } : {}),
    required: true,
    label: messages.labelEmail(),
  });
}

export interface CodeInputOptions {
  label: UiText;
  /** Recovery restricts the field to the code's six digits (pattern + maxlength); verification does not. */
  digitsOnly?: boolean;
  autocomplete?: 'one-time-code';
}

export function codeInputNode({ label, digitsOnly, autocomplete }: CodeInputOptions): UiInputNode {
  return inputNode({
    name: 'code',
    type: 'text',
    group: 'code',
    required: true,
    ...(autocomplete ? { autocomplete } : {}),
    ...(digitsOnly ? { pattern: '[0-9]+', maxlength: CODE_LENGTH } : {}),
    label,
  });
}

/** `method=code` as a hidden field, so a submit through the resend button still names the method. */
export function hiddenMethodNode(group: UiNodeGroup = 'code'): UiInputNode {
  return inputNode({ name: 'method', type: 'hidden', group, value: group });
}

/** The "Resend code" button: it submits the address again under its field name. */
export function resendNode(name: string, address: string, group: UiNodeGroup = 'code'): UiInputNode {
  return inputNode({ name, type: 'submit', group, value: address, label: messages.labelResendCode() });
}
