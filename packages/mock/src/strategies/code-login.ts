import { sendMessage } from '../courier/courier';
import { CODE_LIFESPAN_MS, deleteFlowSecrets, issueCode, useCode } from '../courier/one-time-secrets';
import { courierTemplates } from '../courier/templates';
import { ValidationError } from '../errors';
import { refreshCsrfNode, submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import type { Exchange } from '../http';
import { messages } from '../messages';
import { findNode, inputNode, setNodeValue, submitNode, upsertNode } from '../nodes';
import type { FlowRecord, IdentityRecord } from '../store';
import type { UiInputNode } from '../types';
import { codeAddresses, findByCodeAddress, normalizeCodeIdentifier } from './code-addresses';
import { codeInputNode, hiddenMethodNode } from './code-nodes';
import { isMethodEnabled } from './enabled-methods';
import { markVerified } from './out-of-band';
import { identifierLabel } from './password';
import { type LoginStrategy, NOT_RESPONSIBLE } from './strategy';
import { showFlowAsIs } from './strategy-response';
import { TOO_OFTEN } from './verification-outcome';

// Kratos' code strategy for passwordless login (`selfservice.methods.code.passwordless_enabled`): the identifier
// gets a one-time code by email (state `sent_email`, 400 + flow), the code signs in. Second-factor codes
// (`mfa_enabled`) are not part of the mock.

/** The "Send sign in code" button (1010015). */
const sendCodeButton = () => submitNode('code', 'code', messages.loginCode());

/** The "Resend code" button: `resend=code` moves the flow back to `choose_method` and sends a new code. */
export const resendCodeButton = (): UiInputNode =>
  inputNode({
    name: 'resend',
    type: 'submit',
    group: 'code',
    value: 'code',
    label: messages.labelResendCode(),
  });

export const codeLogin: LoginStrategy = {
  id: 'code',
  group: 'code',

  populateFirstFactor(ex, flow) {
    upsertNode(
      flow.ui,
      inputNode({
        name: 'identifier',
        type: 'text',
        group: 'default',
        value: '',
        required: true,
        label: identifierLabel(ex),
      }),
    );
    flow.ui.nodes.push(sendCodeButton());
  },

  /** Refresh: the identity is known, so one "Send code to <address>" button per code address. */
  populateRefresh(ex, flow, identity) {
    for (const address of codeAddresses(ex.options.identitySchema, identity.traits)) {
      flow.ui.nodes.push(
        inputNode({
          name: 'address',
          type: 'submit',
          group: 'code',
          value: address.value,
          label: messages.loginCodeTo(address.value, address.via),
        }),
      );
    }
  },

  populateIdentifierFirstCredentials(_ex, flow) {
    // Passwordless codes are offered for any identifier (account enumeration mitigation).
    flow.ui.nodes.push(sendCodeButton());
  },

  async login(ex, flow, body) {
    const method = bodyString(body, 'method');
    const address = bodyString(body, 'address');
    const refreshAddress = method === '' && flow.refresh === true && address !== '';
    if (method !== 'code' && !refreshAddress) return NOT_RESPONSIBLE;
    if (!isMethodEnabled(ex, 'code') || flow.requestedAal === 'aal2') return NOT_RESPONSIBLE;
    const identifier = normalizeCodeIdentifier(address || bodyString(body, 'identifier'));
    // HandleLoginError: keep the identifier, re-mask the CSRF token.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => {
      if (flow.state === 'choose_method') setNodeValue(flow.ui, 'identifier', identifier);
    });
    checkCsrf(body.csrf_token);
    // SetDefaultFlowState: `resend=code` starts over with a new code.
    if (bodyString(body, 'resend').toLowerCase() === 'code') flow.state = 'choose_method';
    if (flow.state === 'choose_method') {
      try {
        sendLoginCode(ex, flow, identifier);
      } catch (error) {
        return fail(error);
      }
      throw showFlowAsIs();
    }
    try {
      return verifyLoginCode(ex, flow, identifier, bodyString(body, 'code'));
    } catch (error) {
      return fail(error);
    }
  },
};

/** loginSendCode: a fresh code for the identifier's address, then the "enter your code" form. */
function sendLoginCode(ex: Exchange, flow: FlowRecord, identifier: string): void {
  if (identifier === '') throw ValidationError.field('identifier', messages.required('identifier'));
  const found = findByCodeAddress(ex, identifier);
  if (!found) throw ValidationError.global(messages.noCodeUser());
  deleteFlowSecrets(ex, flow.id);
  const code = issueCode(ex, {
    flow,
    address: found.address.value,
    via: found.address.via,
    identityId: found.identity.id,
  });
  sendMessage(ex, {
    to: found.address.value,
    ...courierTemplates.loginCode(code, Math.round(CODE_LIFESPAN_MS / 60_000)),
  });
  flow.state = 'sent_email';
  flow.active = 'code';
  showCodeForm(ex, flow, identifier);
}

/**
 * populateEmailSentFlow for login: the identifier stays as a hidden field, then the hidden `method`, the code,
 * "Continue", "Resend code" and the CSRF token, in that order (the handler does not sort them again).
 */
function showCodeForm(ex: Exchange, flow: FlowRecord, identifier: string): void {
  const kept = findNode(flow.ui, 'identifier');
  const hiddenIdentifier: UiInputNode = kept
    ? { ...kept, attributes: { ...kept.attributes, type: 'hidden' }, messages: [] }
    : inputNode({ name: 'identifier', type: 'hidden', group: 'default' });
  flow.ui = {
    ...flow.ui,
    nodes: [
      hiddenIdentifier,
      hiddenMethodNode(),
      codeInputNode({ label: messages.labelLoginCode(), autocomplete: 'one-time-code' }),
      submitNode('code', 'code', messages.labelContinue()),
      resendCodeButton(),
    ],
    messages: [messages.loginCodeSent()],
  };
  setNodeValue(flow.ui, 'identifier', identifier);
  refreshCsrfNode(ex, flow);
}

/** loginVerifyCode: the code must be one this flow sent to this identity; it also verifies the address. */
function verifyLoginCode(ex: Exchange, flow: FlowRecord, identifier: string, code: string): IdentityRecord {
  if (code === '') throw ValidationError.field('code', messages.required('code'));
  const found = findByCodeAddress(ex, identifier);
  if (!found) throw ValidationError.global(messages.noCodeUser());
  const result = useCode(ex, flow, code);
  if (!result.ok && result.reason === 'too_often') {
    throw ValidationError.global(messages.validationGeneric(TOO_OFTEN));
  }
  // An expired or foreign code is "not found" to Kratos, like a wrong one.
  if (!result.ok || result.secret.identityId !== found.identity.id) {
    throw ValidationError.global(messages.loginCodeInvalid());
  }
  const address = found.identity.verifiableAddresses.find(
    (a) => a.value === result.secret.address && a.via === result.secret.via,
  );
  if (address && !address.verified) markVerified(ex, address);
  flow.active = 'code';
  return found.identity;
}
