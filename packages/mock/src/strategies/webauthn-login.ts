import { ValidationError } from '../errors';
import { submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import { messages } from '../messages';
import { findNode, inputNode, upsertNode } from '../nodes';
import type { SecondFactorStrategy } from './second-factor';
import { NOT_RESPONSIBLE } from './strategy';
import {
  CeremonyFailed,
  newChallenge,
  parseCredentialJson,
  requestOptions,
  verifyAssertion,
} from './webauthn-ceremony';
import { hiddenNode, isBrowserFlow, triggerButton, webauthnScriptNode } from './webauthn-nodes';

// Kratos' webauthn strategy as a second factor (selfservice/strategy/webauthn/login.go, passwordless off): one
// of the identity's security keys answers a challenge after the first factor. The options ride on the trigger
// button (its value, and the argument of the legacy onclick call).

export const webauthnLogin: SecondFactorStrategy = {
  id: 'webauthn',
  group: 'webauthn',

  populateSecondFactor(ex, flow, identity) {
    const credentials = identity.webauthn?.credentials ?? [];
    if (credentials.length === 0) return;
    const challenge = newChallenge();
    flow.webauthnSession = { ...flow.webauthnSession, webauthnLogin: challenge };
    const options = JSON.stringify(requestOptions(ex, { challenge, allow: credentials, passkey: false }));
    if (!findNode(flow.ui, 'identifier')) {
      upsertNode(flow.ui, inputNode({ name: 'identifier', type: 'hidden', group: 'default' }));
    }
    upsertNode(flow.ui, hiddenNode(flow, { name: 'webauthn_login', group: 'webauthn', value: '' }));
    if (isBrowserFlow(flow)) upsertNode(flow.ui, webauthnScriptNode(ex));
    upsertNode(
      flow.ui,
      triggerButton(flow, {
        name: 'webauthn_login_trigger',
        group: 'webauthn',
        trigger: 'oryWebAuthnLogin',
        value: options,
        label: messages.loginWebAuthn(),
      }),
    );
  },

  async login(ex, flow, body, identity) {
    const answer = bodyString(body, 'webauthn_login');
    if (bodyString(body, 'method') !== 'webauthn' && answer === '') return NOT_RESPONSIBLE;
    // handleLoginError: a new CSRF token; the options stay, so the user can try the key again.
    const { fail, checkCsrf } = submitFailure(ex, flow);
    checkCsrf(body.csrf_token);
    const credentials = identity.webauthn?.credentials ?? [];
    if (credentials.length === 0) return fail(ValidationError.global(messages.noWebAuthnDevice()));
    const response = parseCredentialJson(answer);
    if (!response) return fail(ValidationError.field('webauthn_login', messages.required('webauthn_login')));
    const credentialId = typeof response.rawId === 'string' ? response.rawId : response.id;
    const credential = credentials.find((c) => c.id === credentialId);
    const challenge = flow.webauthnSession?.webauthnLogin;
    if (!credential || !challenge) return fail(ValidationError.global(messages.webauthnVerifierWrong()));
    let counter: number;
    try {
      counter = await verifyAssertion(ex, response, { challenge, credential, passkey: false });
    } catch (error) {
      if (error instanceof CeremonyFailed)
        return fail(ValidationError.global(messages.webauthnVerifierWrong()));
      throw error;
    }
    const updated = structuredClone(identity);
    const stored = updated.webauthn?.credentials.find((c) => c.id === credential.id);
    if (stored) stored.counter = counter;
    ex.store.identities.set(updated.id, updated);
    flow.active = 'webauthn';
    return updated;
  },
};
