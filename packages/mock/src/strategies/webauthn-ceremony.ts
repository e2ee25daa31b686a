import {
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
} from '@simplewebauthn/server';
import { isAllowedOrigin } from '../cors';
import { fromBase64, randomBytes, toBase64 } from '../crypto';
import { ValidationError } from '../errors';
import type { Exchange } from '../http';
import { messages } from '../messages';
import type { WebAuthnCredentialRecord } from '../store';

// The relying party side of WebAuthn for the webauthn and passkey strategies: options in go-webauthn's JSON
// shape (what Kratos puts into its nodes), verification by @simplewebauthn/server.

/** How long the browser may wait for the authenticator (go-webauthn's default, 5 minutes). */
const TIMEOUT_MS = 300_000;
/** ES256 first (every authenticator), then EdDSA and RS256 (webauthnx.CredentialParameters). */
const ALGORITHMS = [-7, -8, -257];

export function base64UrlOf(bytes: Uint8Array): string {
  return toBase64(bytes).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url (unpadded; atob's forgiving decode needs no padding) to bytes; empty for garbage. */
export function bytesOfBase64Url(value: string): Uint8Array<ArrayBuffer> {
  const bytes = fromBase64(value.replace(/-/g, '+').replace(/_/g, '/'));
  return bytes ? new Uint8Array(bytes) : new Uint8Array();
}

export function newChallenge(): string {
  return base64UrlOf(randomBytes(32));
}

/** A random user handle (Kratos: a new UUID's 16 bytes), base64url. */
export function newUserHandle(): string {
  return base64UrlOf(randomBytes(16));
}

/** `selfservice.methods.webauthn.config.rp.id`: the UI's host, which the browser checks against the page. */
export function relyingPartyId(ex: Exchange): string {
  return new URL(ex.options.uiUrl).hostname;
}

export interface CreationInit {
  challenge: string;
  userHandle: string;
  userName: string;
  /** Credentials the authenticator must not register again. */
  exclude: WebAuthnCredentialRecord[];
  /** Passkeys are discoverable and verify the user; security keys only need presence. */
  passkey: boolean;
}

/** protocol.CredentialCreation: `{publicKey: PublicKeyCredentialCreationOptions}` with base64url buffers. */
export function creationOptions(ex: Exchange, init: CreationInit) {
  return {
    publicKey: {
      rp: { name: relyingPartyId(ex), id: relyingPartyId(ex) },
      user: { name: init.userName, displayName: init.userName, id: init.userHandle },
      challenge: init.challenge,
      pubKeyCredParams: ALGORITHMS.map((alg) => ({ type: 'public-key', alg })),
      timeout: TIMEOUT_MS,
      ...(init.exclude.length > 0
        ? { excludeCredentials: init.exclude.map((c) => ({ type: 'public-key', id: c.id })) }
        : {}),
      authenticatorSelection: init.passkey
        ? { residentKey: 'required', requireResidentKey: true, userVerification: 'required' }
        : { userVerification: 'discouraged' },
      attestation: 'none',
    },
  };
}

/** protocol.CredentialAssertion; `allow` empty for a discoverable (passkey) login. */
export function requestOptions(
  ex: Exchange,
  init: { challenge: string; allow: WebAuthnCredentialRecord[]; passkey: boolean },
) {
  return {
    publicKey: {
      challenge: init.challenge,
      timeout: TIMEOUT_MS,
      rpId: relyingPartyId(ex),
      ...(init.allow.length > 0
        ? {
            allowCredentials: init.allow.map((c) => ({
              type: 'public-key',
              id: c.id,
              ...(c.transports?.length ? { transports: c.transports } : {}),
            })),
          }
        : {}),
      userVerification: init.passkey ? 'required' : 'discouraged',
    },
  };
}

/** The JSON the script put into a hidden input, or undefined when it is not an object. */
export function parseCredentialJson(value: unknown): Record<string, unknown> | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The origin the browser reported, when the mock serves it (allowed origins and the UI): expected origins
 * may be patterns (`https://*.example.com`), which @simplewebauthn compares literally.
 */
function reportedOrigin(ex: Exchange, response: Record<string, unknown>): string {
  const clientData = (response.response as Record<string, unknown> | undefined)?.clientDataJSON;
  try {
    const json = new TextDecoder().decode(bytesOfBase64Url(String(clientData)));
    const origin: unknown = JSON.parse(json).origin;
    const uiOrigin = new URL(ex.options.uiUrl).origin;
    if (typeof origin === 'string' && (origin === uiOrigin || isAllowedOrigin(ex.options, origin)))
      return origin;
  } catch {
    // Unreadable client data fails verification below, against the UI's origin.
  }
  return new URL(ex.options.uiUrl).origin;
}

/** A failed ceremony: Kratos answers the flow with a validation message instead of a session. */
export class CeremonyFailed extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'CeremonyFailed';
  }
}

/** Checks an attestation against the flow's challenge; the new credential, or CeremonyFailed. */
export async function verifyRegistration(
  ex: Exchange,
  response: Record<string, unknown>,
  init: { challenge: string; passkey: boolean; displayName: string },
): Promise<WebAuthnCredentialRecord> {
  let result: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
  try {
    result = await verifyRegistrationResponse({
      response: response as unknown as RegistrationResponseJSON,
      expectedChallenge: init.challenge,
      expectedOrigin: reportedOrigin(ex, response),
      expectedRPID: relyingPartyId(ex),
      requireUserVerification: init.passkey,
      supportedAlgorithmIDs: ALGORITHMS,
    });
  } catch (error) {
    throw new CeremonyFailed(error instanceof Error ? error.message : String(error));
  }
  if (!result.verified) throw new CeremonyFailed('the attestation could not be verified');
  const { credential } = result.registrationInfo;
  return {
    id: credential.id,
    publicKey: base64UrlOf(credential.publicKey),
    counter: credential.counter,
    ...(credential.transports?.length ? { transports: [...credential.transports] } : {}),
    displayName: init.displayName,
    addedAt: ex.now(),
  };
}

/** Checks an assertion by one of the identity's credentials; the counter to store, or CeremonyFailed. */
export async function verifyAssertion(
  ex: Exchange,
  response: Record<string, unknown>,
  init: { challenge: string; credential: WebAuthnCredentialRecord; passkey: boolean },
): Promise<number> {
  const publicKey = bytesOfBase64Url(init.credential.publicKey);
  try {
    const result = await verifyAuthenticationResponse({
      response: response as unknown as AuthenticationResponseJSON,
      expectedChallenge: init.challenge,
      expectedOrigin: reportedOrigin(ex, response),
      expectedRPID: relyingPartyId(ex),
      credential: {
        id: init.credential.id,
        publicKey,
        counter: init.credential.counter,
        ...(init.credential.transports ? { transports: init.credential.transports as never } : {}),
      },
      requireUserVerification: init.passkey,
    });
    if (!result.verified) throw new CeremonyFailed('the assertion could not be verified');
    return result.authenticationInfo.newCounter;
  } catch (error) {
    if (error instanceof CeremonyFailed) throw error;
    throw new CeremonyFailed(error instanceof Error ? error.message : String(error));
  }
}

/** The message a failed registration ceremony leaves on the form (the reason, like Kratos' log says). */
export function registrationFailed(error: CeremonyFailed): ValidationError {
  return ValidationError.global(
    messages.validationGeneric(`Unable to create a WebAuthn credential: ${error.reason}`),
  );
}
