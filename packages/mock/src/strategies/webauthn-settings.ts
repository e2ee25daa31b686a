import { completeMethod } from '../aal';
import { ValidationError } from '../errors';
import { bodyString } from '../flows/out-of-band';
import { messages } from '../messages';
import { inputNode, upsertNode } from '../nodes';
import { passkeyDisplayName } from './passkey-registration';
import { settingsCredentialGuard } from './settings-guard';
import type { SettingsStrategy } from './strategy';
import {
  CeremonyFailed,
  creationOptions,
  newChallenge,
  newUserHandle,
  parseCredentialJson,
  registrationFailed,
  verifyRegistration,
} from './webauthn-ceremony';
import {
  credentialHex,
  hiddenNode,
  isBrowserFlow,
  removeButtons,
  triggerButton,
  webauthnScriptNode,
} from './webauthn-nodes';

// Kratos' webauthn strategy in settings (selfservice/strategy/webauthn/settings.go, passwordless off): security
// keys as a second factor. The user names a key, the trigger button carries the creation options, and each
// key gets a remove button.

export const webauthnSettings: SettingsStrategy = {
  id: 'webauthn',
  group: 'webauthn',

  populate(ex, flow, identity) {
    if (!ex.options.methods.webauthn) return;
    const credentials = identity.webauthn?.credentials ?? [];
    flow.ui.nodes.push(
      ...removeButtons('webauthn_remove', credentials, (c) =>
        messages.settingsWebAuthnRemove(c.displayName, c.addedAt),
      ),
    );
    const challenge = newChallenge();
    const userHandle = identity.webauthn?.userHandle ?? newUserHandle();
    flow.webauthnSession = { ...flow.webauthnSession, webauthnRegistration: { challenge, userHandle } };
    const options = creationOptions(ex, {
      challenge,
      userHandle,
      userName: passkeyDisplayName(ex, identity.traits) || identity.id,
      exclude: credentials,
      passkey: false,
    });
    upsertNode(
      flow.ui,
      inputNode({
        name: 'webauthn_register_displayname',
        type: 'text',
        group: 'webauthn',
        value: '',
        label: messages.settingsWebAuthnDisplayName(),
      }),
    );
    upsertNode(flow.ui, hiddenNode(flow, { name: 'webauthn_register', group: 'webauthn', value: '' }));
    upsertNode(
      flow.ui,
      triggerButton(flow, {
        name: 'webauthn_register_trigger',
        group: 'webauthn',
        trigger: 'oryWebAuthnRegistration',
        value: JSON.stringify(options),
        label: messages.settingsWebAuthnRegister(),
      }),
    );
    if (isBrowserFlow(flow)) upsertNode(flow.ui, webauthnScriptNode(ex));
  },

  async update(ex, flow, session, body, resumed) {
    if (!ex.options.methods.webauthn) throw ValidationError.global(messages.settingsNoStrategy());
    const { fail, identity } = settingsCredentialGuard(ex, flow, session, body, resumed);
    const credentials = identity.webauthn?.credentials ?? [];

    const remove = bodyString(body, 'webauthn_remove');
    if (remove !== '') {
      const target = credentials.find((c) => credentialHex(c) === remove);
      if (!target) {
        const reason = 'You tried to remove a WebAuthn credential which does not exist.';
        return fail(ValidationError.global(messages.validationGeneric(reason)));
      }
      const updated = structuredClone(identity);
      const left = credentials.filter((c) => c !== target);
      if (left.length > 0 && identity.webauthn)
        updated.webauthn = { ...identity.webauthn, credentials: left };
      else delete updated.webauthn;
      updated.updatedAt = ex.now();
      return { identity: updated };
    }

    const response = parseCredentialJson(bodyString(body, 'webauthn_register'));
    if (!response) return fail(ValidationError.global(messages.settingsNoStrategy()));
    const pending = flow.webauthnSession?.webauthnRegistration;
    if (!pending) return fail(ValidationError.global(messages.webauthnVerifierWrong()));
    try {
      const credential = await verifyRegistration(ex, response, {
        challenge: pending.challenge,
        passkey: false,
        displayName: bodyString(body, 'webauthn_register_displayname'),
      });
      const updated = structuredClone(identity);
      updated.webauthn = { userHandle: pending.userHandle, credentials: [...credentials, credential] };
      updated.updatedAt = ex.now();
      // Like totp: the key was just used, so the session has proven the second factor.
      completeMethod(session, 'webauthn', 'aal2', ex.now());
      return { identity: updated };
    } catch (error) {
      if (error instanceof CeremonyFailed) return fail(registrationFailed(error));
      throw error;
    }
  },
};
