// A software passkey for tests and stories: what navigator.credentials.create/get would return from a platform
// authenticator, built with Web Crypto (ES256, "none" attestation), so the mock's WebAuthn ceremonies run in
// Node and in browsers without an authenticator. It takes the options JSON the mock puts into its nodes and
// answers with the JSON the WebAuthn script posts.

type Json = Record<string, unknown>;

export interface SoftwareCredential {
  /** base64url credential id. */
  id: string;
  rpId: string;
  /** base64url user handle (the `user.id` it was created for). */
  userHandle: string;
  counter: number;
}

/** RegistrationResponseJSON, as the WebAuthn script posts it. */
export interface SoftwareAttestation {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; attestationObject: string; transports: string[] };
  clientExtensionResults: Record<string, never>;
  authenticatorAttachment: 'platform';
}

/** AuthenticationResponseJSON, as the WebAuthn script posts it. */
export interface SoftwareAssertion {
  id: string;
  rawId: string;
  type: 'public-key';
  response: { clientDataJSON: string; authenticatorData: string; signature: string; userHandle: string };
  clientExtensionResults: Record<string, never>;
  authenticatorAttachment: 'platform';
}

export interface SoftwareAuthenticator {
  /** navigator.credentials.create: a registration response (attestation) for `{publicKey}` options JSON. */
  register(options: Json, origin: string): Promise<SoftwareAttestation>;
  /** navigator.credentials.get: an assertion by an allowed credential (the newest for the RP if none listed). */
  authenticate(options: Json, origin: string): Promise<SoftwareAssertion>;
  readonly credentials: readonly SoftwareCredential[];
}

const subtle = globalThis.crypto.subtle;

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

async function sha256(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await subtle.digest('SHA-256', data));
}

// The few CBOR items an attestation object and a COSE key need (RFC 8949 §3.1).
type Cbor = number | string | Uint8Array | Map<number | string, Cbor>;

function cborHead(major: number, length: number): Uint8Array {
  if (length < 24) return Uint8Array.of((major << 5) | length);
  if (length < 256) return Uint8Array.of((major << 5) | 24, length);
  return Uint8Array.of((major << 5) | 25, length >> 8, length & 0xff);
}

function cbor(value: Cbor): Uint8Array {
  if (typeof value === 'number') return value >= 0 ? cborHead(0, value) : cborHead(1, -1 - value);
  if (typeof value === 'string') {
    const text = new TextEncoder().encode(value);
    return concat(cborHead(3, text.length), text);
  }
  if (value instanceof Uint8Array) return concat(cborHead(2, value.length), value);
  return concat(cborHead(5, value.size), ...[...value].flatMap(([key, item]) => [cbor(key), cbor(item)]));
}

/** Web Crypto signs ECDSA as r‖s; WebAuthn wants the ASN.1 DER SEQUENCE of two INTEGERs. */
function derSignature(raw: Uint8Array): Uint8Array {
  const integer = (part: Uint8Array) => {
    let start = 0;
    while (start < part.length - 1 && part[start] === 0) start++;
    const trimmed = part.slice(start);
    const padded = (trimmed[0] ?? 0) & 0x80 ? concat(Uint8Array.of(0), trimmed) : trimmed;
    return concat(Uint8Array.of(0x02, padded.length), padded);
  };
  const body = concat(integer(raw.slice(0, 32)), integer(raw.slice(32)));
  return concat(Uint8Array.of(0x30, body.length), body);
}

const FLAG_USER_PRESENT = 0x01;
const FLAG_USER_VERIFIED = 0x04;
const FLAG_ATTESTED_DATA = 0x40;

function publicKeyOf(options: Json): Json {
  return (options.publicKey as Json | undefined) ?? options;
}

function clientData(type: string, challenge: unknown, origin: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify({ type, challenge, origin, crossOrigin: false }));
}

interface StoredCredential extends SoftwareCredential {
  keys: CryptoKeyPair;
}

/** A new, empty software authenticator; `userVerified: false` models a key without PIN or biometrics. */
export function createSoftwareAuthenticator(init: { userVerified?: boolean } = {}): SoftwareAuthenticator {
  const stored: StoredCredential[] = [];
  const flags = FLAG_USER_PRESENT | (init.userVerified === false ? 0 : FLAG_USER_VERIFIED);

  async function authenticatorData(
    rpId: string,
    counter: number,
    extraFlags = 0,
    attested = new Uint8Array(),
  ) {
    const counterBytes = Uint8Array.of(
      counter >>> 24,
      (counter >>> 16) & 0xff,
      (counter >>> 8) & 0xff,
      counter & 0xff,
    );
    return concat(
      await sha256(new TextEncoder().encode(rpId)),
      Uint8Array.of(flags | extraFlags),
      counterBytes,
      attested,
    );
  }

  return {
    get credentials() {
      return stored.map(({ keys: _keys, ...credential }) => credential);
    },

    async register(options, origin) {
      const publicKey = publicKeyOf(options);
      const rp = publicKey.rp as Json | undefined;
      const rpId = typeof rp?.id === 'string' ? rp.id : new URL(origin).hostname;
      const user = publicKey.user as Json;
      const keys = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, [
        'sign',
        'verify',
      ]);
      const raw = new Uint8Array(await subtle.exportKey('raw', keys.publicKey));
      const coseKey = new Map<number, Cbor>([
        [1, 2],
        [3, -7],
        [-1, 1],
        [-2, raw.slice(1, 33)],
        [-3, raw.slice(33, 65)],
      ]);
      const credentialId = globalThis.crypto.getRandomValues(new Uint8Array(16));
      const attested = concat(
        new Uint8Array(16),
        Uint8Array.of(0, credentialId.length),
        credentialId,
        cbor(coseKey),
      );
      const authData = await authenticatorData(rpId, 0, FLAG_ATTESTED_DATA, attested);
      const attestationObject = cbor(
        new Map<string, Cbor>([
          ['fmt', 'none'],
          ['attStmt', new Map()],
          ['authData', authData],
        ]),
      );
      const id = base64Url(credentialId);
      stored.push({ id, rpId, userHandle: String(user.id), counter: 0, keys });
      return {
        id,
        rawId: id,
        type: 'public-key',
        response: {
          clientDataJSON: base64Url(clientData('webauthn.create', publicKey.challenge, origin)),
          attestationObject: base64Url(attestationObject),
          transports: ['internal'],
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },

    async authenticate(options, origin) {
      const publicKey = publicKeyOf(options);
      const rpId = typeof publicKey.rpId === 'string' ? publicKey.rpId : new URL(origin).hostname;
      const allowed = ((publicKey.allowCredentials as Json[] | undefined) ?? []).map((c) => String(c.id));
      const candidates = stored.filter(
        (c) => c.rpId === rpId && (allowed.length === 0 || allowed.includes(c.id)),
      );
      const credential = candidates.at(-1);
      if (!credential) throw new DOMException('No credential for this request.', 'NotAllowedError');
      credential.counter += 1;
      const authData = await authenticatorData(rpId, credential.counter);
      const client = clientData('webauthn.get', publicKey.challenge, origin);
      const signed = concat(authData, await sha256(client));
      const raw = new Uint8Array(
        await subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, credential.keys.privateKey, signed),
      );
      return {
        id: credential.id,
        rawId: credential.id,
        type: 'public-key',
        response: {
          clientDataJSON: base64Url(client),
          authenticatorData: base64Url(authData),
          signature: base64Url(derSignature(raw)),
          userHandle: credential.userHandle,
        },
        clientExtensionResults: {},
        authenticatorAttachment: 'platform',
      };
    },
  };
}
