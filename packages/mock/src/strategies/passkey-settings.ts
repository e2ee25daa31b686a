import { ValidationError } from '../errors';
import { bodyString } from '../flows/out-of-band';
import type { Exchange } from '../http';
import { messages } from '../messages';
import { upsertNode } from '../nodes';
import type { IdentityRecord } from '../store';
import { countFirstFactorCredentials } from './first-factor-count';
import { passkeyDisplayName, passkeyTaken } from './passkey-registration';
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

// Kratos' passkey strategy in settings (selfservice/strategy/passkey/passkey_settings.go): list the passkeys with
// a remove button each (disabled when it is the last way to sign in), and add another.

/** Kratos' reason when a removal would leave the identity without a first factor. */
export const lockOutReason =
  'Unable to remove this security key because it would lock you out of your account.';

export const passkeySettings: SettingsStrategy = {
  id: 'passkey',
  group: 'passkey',

  populate(ex, flow, identity) {
    if (!ex.options.methods.passkey) return;
    if (isBrowserFlow(flow)) upsertNode(flow.ui, webauthnScriptNode(ex));
    const credentials = identity.passkeys?.credentials ?? [];
    const lastWayIn = countFirstFactorCredentials(ex, identity) <= 1;
    flow.ui.nodes.push(
      ...removeButtons(
        'passkey_remove',
        credentials,
        (c) => messages.settingsPasskeyRemove(c.displayName, c.addedAt),
        lastWayIn,
      ),
    );
    const challenge = newChallenge();
    const userHandle = identity.passkeys?.userHandle ?? newUserHandle();
    flow.webauthnSession = { ...flow.webauthnSession, passkeyRegistration: { challenge, userHandle } };
    const userName = passkeyDisplayName(ex, identity.traits) || identity.id;
    const createData = {
      credentialOptions: creationOptions(ex, {
        challenge,
        userHandle,
        userName,
        exclude: credentials,
        passkey: true,
      }),
    };
    upsertNode(
      flow.ui,
      triggerButton(flow, {
        name: 'passkey_register_trigger',
        group: 'passkey',
        trigger: 'oryPasskeySettingsRegistration',
        value: '',
        label: messages.settingsPasskeyRegister(),
      }),
    );
    upsertNode(flow.ui, hiddenNode(flow, { name: 'passkey_settings_register', group: 'passkey' }));
    upsertNode(
      flow.ui,
      hiddenNode(flow, { name: 'passkey_create_data', group: 'passkey', value: JSON.stringify(createData) }),
    );
  },

  async update(ex, flow, session, body, resumed) {
    if (!ex.options.methods.passkey) throw ValidationError.global(messages.settingsNoStrategy());
    const { fail, identity } = settingsCredentialGuard(ex, flow, session, body, resumed);

    const remove = bodyString(body, 'passkey_remove');
    if (remove !== '') return { identity: removePasskey(ex, identity, remove, fail) };

    const response = parseCredentialJson(bodyString(body, 'passkey_settings_register'));
    if (!response) return fail(ValidationError.global(messages.settingsNoStrategy()));
    const pending = flow.webauthnSession?.passkeyRegistration;
    if (!pending) return fail(ValidationError.global(messages.webauthnVerifierWrong()));
    try {
      const credential = await verifyRegistration(ex, response, {
        challenge: pending.challenge,
        passkey: true,
        displayName: passkeyDisplayName(ex, identity.traits),
      });
      if (passkeyTaken(ex, credential.id))
        return fail(ValidationError.global(messages.duplicateCredentials()));
      const updated = structuredClone(identity);
      updated.passkeys = {
        userHandle: pending.userHandle,
        credentials: [...(identity.passkeys?.credentials ?? []), credential],
      };
      updated.updatedAt = ex.now();
      return { identity: updated };
    } catch (error) {
      if (error instanceof CeremonyFailed) return fail(registrationFailed(error));
      throw error;
    }
  },
};

/** continueSettingsFlowRemove: by the `%x` of its id, never the last way to sign in. */
function removePasskey(
  ex: Exchange,
  identity: IdentityRecord,
  hex: string,
  fail: (error: unknown) => never,
): IdentityRecord {
  const credentials = identity.passkeys?.credentials ?? [];
  const target = credentials.find((c) => credentialHex(c) === hex);
  if (!target)
    return fail(
      ValidationError.global(
        messages.validationGeneric('You tried to remove a passkey which does not exist.'),
      ),
    );
  if (countFirstFactorCredentials(ex, identity) <= 1)
    return fail(ValidationError.global(messages.validationGeneric(lockOutReason)));
  const updated = structuredClone(identity);
  updated.passkeys = {
    userHandle: identity.passkeys?.userHandle ?? '',
    credentials: credentials.filter((c) => c !== target),
  };
  updated.updatedAt = ex.now();
  return updated;
}
