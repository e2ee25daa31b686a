import { ValidationError } from '../errors';
import { submitFailure } from '../flows/flow';
import { bodyString } from '../flows/out-of-band';
import type { Exchange } from '../http';
import { newIdentity } from '../identity';
import { messages } from '../messages';
import { upsertNode } from '../nodes';
import { coerceFormTraits, getTraitValue, listTraitPaths } from '../schema/identity-schema';
import { validateTraits } from '../schema/validate-traits';
import type { IdentityRecord } from '../store';
import { isMethodEnabled } from './enabled-methods';
import { keepTraitValues } from './profile';
import { NOT_RESPONSIBLE, type RegistrationStrategy } from './strategy';
import {
  CeremonyFailed,
  creationOptions,
  newChallenge,
  newUserHandle,
  parseCredentialJson,
  registrationFailed,
  verifyRegistration,
} from './webauthn-ceremony';
import { hiddenNode, isBrowserFlow, triggerButton, webauthnScriptNode } from './webauthn-nodes';

// Kratos' passkey strategy at registration (selfservice/strategy/passkey/passkey_registration.go): the account
// is created with a passkey and no password. The options travel in `passkey_create_data`; the script names the
// passkey after the trait the schema marks as its display name, as typed in the same form.

/**
 * The traits a passkey is named after: `passkey.display_name` in the schema, else the identifiers (webauthn,
 * then password), else the first trait.
 */
export function passkeyDisplayNameFields(ex: Exchange): string[] {
  const paths = listTraitPaths(ex.options.identitySchema);
  const marked = (test: (path: (typeof paths)[number]) => boolean | undefined) =>
    paths.filter((path) => test(path)).map((path) => path.name);
  const candidates = [
    marked((p) => p.extension?.credentials?.passkey?.display_name),
    marked((p) => p.extension?.credentials?.webauthn?.identifier),
    marked((p) => p.extension?.credentials?.password?.identifier),
    paths.slice(0, 1).map((p) => p.name),
  ];
  return candidates.find((names) => names.length > 0) ?? [];
}

/** What the identity's passkeys are called: the first display-name trait it has a value for. */
export function passkeyDisplayName(ex: Exchange, traits: unknown): string {
  const wanted = new Set(passkeyDisplayNameFields(ex));
  for (const path of listTraitPaths(ex.options.identitySchema)) {
    const value = getTraitValue(traits, path);
    if (wanted.has(path.name) && typeof value === 'string' && value !== '') return value;
  }
  return '';
}

/** Whether a passkey with this credential id is registered already, to any account. */
export function passkeyTaken(ex: Exchange, credentialId: string): boolean {
  return [...ex.store.identities.values()].some((identity) =>
    identity.passkeys?.credentials.some((c) => c.id === credentialId),
  );
}

export const passkeyRegistration: RegistrationStrategy = {
  id: 'passkey',
  group: 'passkey',

  populateCredentials(ex, flow) {
    const challenge = newChallenge();
    const userHandle = newUserHandle();
    flow.webauthnSession = { ...flow.webauthnSession, passkeyRegistration: { challenge, userHandle } };
    const fields = passkeyDisplayNameFields(ex);
    const createData = {
      // The name is filled in by the script from the display-name field.
      credentialOptions: creationOptions(ex, {
        challenge,
        userHandle,
        userName: '',
        exclude: [],
        passkey: true,
      }),
      displayNameFieldName: fields[0] ?? '',
      displayNameFieldNames: fields,
    };
    upsertNode(
      flow.ui,
      hiddenNode(flow, { name: 'passkey_create_data', group: 'passkey', value: JSON.stringify(createData) }),
    );
    upsertNode(
      flow.ui,
      triggerButton(flow, {
        name: 'passkey_register_trigger',
        group: 'passkey',
        trigger: 'oryPasskeyRegistration',
        label: messages.registrationPasskey(),
      }),
    );
    if (isBrowserFlow(flow)) upsertNode(flow.ui, webauthnScriptNode(ex));
    upsertNode(flow.ui, hiddenNode(flow, { name: 'passkey_register', group: 'passkey' }));
  },

  async register(ex, flow, body) {
    const answer = bodyString(body, 'passkey_register');
    if (bodyString(body, 'method') !== 'passkey' && answer === '') return NOT_RESPONSIBLE;
    if (!isMethodEnabled(ex, 'passkey')) return NOT_RESPONSIBLE;
    const schema = ex.options.identitySchema;
    const traits = ex.bodyIsForm ? coerceFormTraits(body.traits, schema) : body.traits;
    // handleRegistrationError: keep the typed traits, re-mask the CSRF token.
    const { fail, checkCsrf } = submitFailure(ex, flow, () => keepTraitValues(ex, flow, traits));
    checkCsrf(body.csrf_token);
    if (traits === undefined) return fail(ValidationError.field('traits', messages.required('traits')));
    const traitIssues = validateTraits(traits, schema.properties?.traits ?? {});
    if (traitIssues.length > 0) return fail(new ValidationError(traitIssues));
    const response = parseCredentialJson(answer);
    if (!response)
      return fail(ValidationError.field('passkey_register', messages.required('passkey_register')));
    const pending = flow.webauthnSession?.passkeyRegistration;
    if (!pending) return fail(ValidationError.global(messages.webauthnVerifierWrong()));
    let identity: IdentityRecord;
    try {
      const credential = await verifyRegistration(ex, response, {
        challenge: pending.challenge,
        passkey: true,
        displayName: passkeyDisplayName(ex, traits),
      });
      if (passkeyTaken(ex, credential.id))
        return fail(ValidationError.global(messages.duplicateCredentials()));
      identity = newIdentity(traits as Record<string, unknown>, schema, ex.now());
      identity.passkeys = { userHandle: pending.userHandle, credentials: [credential] };
    } catch (error) {
      if (error instanceof CeremonyFailed) return fail(registrationFailed(error));
      throw error;
    }
    flow.active = 'passkey';
    // The hooks need the typed traits on the form if storing the identity fails (duplicate).
    keepTraitValues(ex, flow, traits);
    return identity;
  },
};
