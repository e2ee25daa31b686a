import { ValidationError } from '../errors';
import { submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import type { Exchange } from '../http';
import { messages } from '../messages';
import { findNode, inputNode, upsertNode } from '../nodes';
import type { FlowRecord, IdentityRecord, WebAuthnCredentialRecord } from '../store';
import { isMethodEnabled } from './enabled-methods';
import { identifierLabel } from './password';
import { type LoginStrategy, NOT_RESPONSIBLE } from './strategy';
import {
  CeremonyFailed,
  newChallenge,
  parseCredentialJson,
  requestOptions,
  verifyAssertion,
} from './webauthn-ceremony';
import { hiddenNode, isBrowserFlow, triggerButton, webauthnScriptNode } from './webauthn-nodes';

// Kratos' passkey strategy at login (selfservice/strategy/passkey/passkey_login.go): a discoverable credential
// names its own account (the user handle), so neither an identifier nor a password is typed. The button asks
// the authenticator directly; `passkey_login`'s onload offers the passkeys in the identifier's autofill.

/**
 * The challenge (`passkey_challenge`), the script, the hidden result (with the autofill trigger when asked) and
 * the "Sign in with passkey" button. `allow` limits the ceremony to one identity's passkeys (refresh, step 2).
 */
function populatePasskeyNodes(
  ex: Exchange,
  flow: FlowRecord,
  init: { allow: WebAuthnCredentialRecord[]; autofill: boolean; button: boolean },
): void {
  const challenge = newChallenge();
  flow.webauthnSession = { ...flow.webauthnSession, passkeyLogin: challenge };
  const options = requestOptions(ex, { challenge, allow: init.allow, passkey: true });
  upsertNode(
    flow.ui,
    hiddenNode(flow, { name: 'passkey_challenge', group: 'passkey', value: JSON.stringify(options) }),
  );
  if (isBrowserFlow(flow)) upsertNode(flow.ui, webauthnScriptNode(ex));
  upsertNode(
    flow.ui,
    hiddenNode(flow, {
      name: 'passkey_login',
      group: 'passkey',
      ...(init.autofill ? { onload: 'oryPasskeyLoginAutocompleteInit' as const } : {}),
    }),
  );
  if (init.button) {
    upsertNode(
      flow.ui,
      triggerButton(flow, {
        name: 'passkey_login_trigger',
        group: 'passkey',
        trigger: 'oryPasskeyLogin',
        value: '',
        label: messages.loginPasskey(),
      }),
    );
  }
}

/** The identifier field the browser's passkey autofill attaches to (`autocomplete="username webauthn"`). */
function identifierForAutofill(ex: Exchange, flow: FlowRecord): void {
  upsertNode(
    flow.ui,
    inputNode({
      name: 'identifier',
      type: 'text',
      group: 'default',
      value: '',
      required: true,
      autocomplete: 'username webauthn',
      label: identifierLabel(ex),
    }),
  );
}

/** PopulateLoginMethodIdentifierFirstIdentification: step 1 of identifier_first already offers the autofill. */
export function populatePasskeyIdentification(ex: Exchange, flow: FlowRecord): void {
  populatePasskeyNodes(ex, flow, { allow: [], autofill: true, button: false });
}

/** The identity (and which of its passkeys) a passkey answer names by its user handle and credential id. */
function findPasskey(
  ex: Exchange,
  response: Record<string, unknown>,
): { identity: IdentityRecord; credential: WebAuthnCredentialRecord } | undefined {
  const userHandle = (response.response as Record<string, unknown> | undefined)?.userHandle;
  const credentialId = typeof response.rawId === 'string' ? response.rawId : response.id;
  for (const identity of ex.store.identities.values()) {
    const passkeys = identity.passkeys;
    if (!passkeys || (typeof userHandle === 'string' && passkeys.userHandle !== userHandle)) continue;
    const credential = passkeys.credentials.find((c) => c.id === credentialId);
    if (credential) return { identity, credential };
  }
  return undefined;
}

export const passkeyLogin: LoginStrategy = {
  id: 'passkey',
  group: 'passkey',

  populateFirstFactor(ex, flow) {
    identifierForAutofill(ex, flow);
    populatePasskeyNodes(ex, flow, { allow: [], autofill: true, button: true });
  },

  populateRefresh(ex, flow, identity) {
    const credentials = identity.passkeys?.credentials ?? [];
    if (credentials.length === 0) return;
    if (!findNode(flow.ui, 'identifier')) {
      upsertNode(flow.ui, inputNode({ name: 'identifier', type: 'hidden', group: 'default', value: '' }));
    }
    populatePasskeyNodes(ex, flow, { allow: credentials, autofill: false, button: true });
  },

  populateIdentifierFirstCredentials(ex, flow, identity) {
    const credentials = identity?.passkeys?.credentials ?? [];
    if (credentials.length === 0) return;
    populatePasskeyNodes(ex, flow, { allow: credentials, autofill: false, button: true });
  },

  async login(ex, flow, body) {
    const answer = bodyString(body, 'passkey_login');
    if (bodyString(body, 'method') !== 'passkey' && answer === '') return NOT_RESPONSIBLE;
    if (!isMethodEnabled(ex, 'passkey') || flow.requestedAal === 'aal2') return NOT_RESPONSIBLE;
    // handleLoginError: the form stays as it was, with a new CSRF token.
    const { fail, checkCsrf } = submitFailure(ex, flow);
    checkCsrf(body.csrf_token);
    const response = parseCredentialJson(answer);
    if (!response) return fail(ValidationError.field('passkey_login', messages.required('passkey_login')));
    const found = findPasskey(ex, response);
    if (!found) return fail(ValidationError.global(messages.noWebAuthnUser()));
    const challenge = flow.webauthnSession?.passkeyLogin;
    if (!challenge) return fail(ValidationError.global(messages.webauthnVerifierWrong()));
    let counter: number;
    try {
      counter = await verifyAssertion(ex, response, {
        challenge,
        credential: found.credential,
        passkey: true,
      });
    } catch (error) {
      if (error instanceof CeremonyFailed)
        return fail(ValidationError.global(messages.webauthnVerifierWrong()));
      throw error;
    }
    const updated = structuredClone(found.identity);
    const stored = updated.passkeys?.credentials.find((c) => c.id === found.credential.id);
    if (stored) stored.counter = counter;
    ex.store.identities.set(updated.id, updated);
    flow.active = 'passkey';
    return updated;
  },
};
