import type { MockFetch } from '../adapters/mock-fetch';
import type { SoftwareAuthenticator } from '../webauthn/software-authenticator';
import { browserFlow, type Json, post } from './parity-support';

// Ceremonies against the in-process mock with the software authenticator: what the WebAuthn script does in a
// browser (read the options from a node, ask the authenticator, post its JSON), without a browser.

/** The UI's origin (the harness' uiUrl): what the browser reports in clientDataJSON. */
export const UI_ORIGIN = 'http://localhost:5173';
export const PASSWORD = 'correct horse battery staple';

export function findNode(flow: Json, name: string): Json | undefined {
  return flow.ui.nodes.find((n: Json) => (n.attributes.name ?? n.attributes.id) === name);
}

export function nodeValue(flow: Json, name: string): string {
  return String(findNode(flow, name)?.attributes.value ?? '');
}

/** The creation options of `passkey_create_data`, named like the script names them (after the typed trait). */
export function passkeyCreationOptions(flow: Json, userName?: string): Json {
  const { credentialOptions } = JSON.parse(nodeValue(flow, 'passkey_create_data'));
  if (userName) Object.assign(credentialOptions.publicKey.user, { name: userName, displayName: userName });
  return credentialOptions;
}

export function formMessageIds(flow: Json): number[] {
  return (flow.ui.messages ?? []).map((m: Json) => m.id);
}

/** Signs the mock's browser up with a new passkey for `email`; returns the registration's answer. */
export async function registerWithPasskey(
  mock: MockFetch,
  authenticator: SoftwareAuthenticator,
  email: string,
): Promise<Json> {
  const flow = await browserFlow(mock, 'registration');
  const attestation = await authenticator.register(passkeyCreationOptions(flow, email), UI_ORIGIN);
  return post(mock, flow, { traits: { email }, passkey_register: JSON.stringify(attestation) });
}

/** A passkey login in a new browser flow: the assertion for `passkey_challenge`, posted as `passkey_login`. */
export async function signInWithPasskey(
  mock: MockFetch,
  authenticator: SoftwareAuthenticator,
): Promise<Json> {
  const flow = await browserFlow(mock, 'login');
  const assertion = await authenticator.authenticate(
    JSON.parse(nodeValue(flow, 'passkey_challenge')),
    UI_ORIGIN,
  );
  return post(mock, flow, { passkey_login: JSON.stringify(assertion) });
}

/** The browser's session as whoami tells it: its level and the methods used, or the error id. */
export async function whoami(mock: MockFetch): Promise<{ aal: string; methods: string[] }> {
  const response = await mock(`${mock.mock.options.publicUrl}/sessions/whoami`, {
    credentials: 'include',
    headers: { Accept: 'application/json' },
  });
  const body = (await response.json()) as Json;
  return {
    aal: body.authenticator_assurance_level ?? body.error?.id ?? String(response.status),
    methods: (body.authentication_methods ?? []).map((m: Json) => m.method),
  };
}

/** Flips one byte of a base64url field, like a forged or corrupted authenticator answer. */
export function tampered(value: string): string {
  const bytes = Uint8Array.from(atob(value.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
