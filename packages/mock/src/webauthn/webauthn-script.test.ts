import { createHash } from 'node:crypto';
import { runInNewContext, Script } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import type { Json } from '../test-support/parity-support';
import { serveWebAuthnScript } from './serve-script';
import { WEBAUTHN_SCRIPT, WEBAUTHN_SCRIPT_INTEGRITY } from './webauthn-script';

// The served script, run against a stand-in page: a few named inputs in one form, and navigator.credentials
// answering with ArrayBuffers like a browser. node:vm is the sandbox a browser would be: the script gets only the
// globals a page gives it.

type Fields = Record<string, string>;

interface FakeInput {
  name: string;
  value: string;
  form: { submit: () => void };
  focus: () => void;
  reportValidity: () => boolean;
}

const buffer = (...bytes: number[]) => Uint8Array.from(bytes).buffer;
const base64Url = (bytes: number[]) => Buffer.from(bytes).toString('base64url');

function page(fields: Fields, options: { conditional?: boolean } = {}) {
  const submitted: Fields[] = [];
  const inputs = new Map<string, FakeInput>();
  const form = {
    submit: () => submitted.push(Object.fromEntries([...inputs.values()].map((i) => [i.name, i.value]))),
  };
  for (const [name, value] of Object.entries(fields)) {
    inputs.set(name, { name, value, form, focus: vi.fn(), reportValidity: vi.fn(() => false) });
  }
  const credentials = {
    create: vi.fn(async () => ({
      id: 'AQID',
      rawId: buffer(1, 2, 3),
      type: 'public-key',
      response: {
        clientDataJSON: buffer(123, 125),
        attestationObject: buffer(0xa0),
        getTransports: () => ['internal'],
      },
      getClientExtensionResults: () => ({}),
      authenticatorAttachment: 'platform',
    })),
    get: vi.fn(async () => ({
      id: 'AQID',
      rawId: buffer(1, 2, 3),
      type: 'public-key',
      response: {
        clientDataJSON: buffer(123, 125),
        authenticatorData: buffer(9),
        signature: buffer(0xfb, 0xff),
        userHandle: buffer(7, 7),
      },
      getClientExtensionResults: () => ({}),
    })),
  };
  const events: string[] = [];
  const window: Record<string, unknown> = {
    atob,
    btoa,
    PublicKeyCredential: { isConditionalMediationAvailable: async () => options.conditional ?? false },
    dispatchEvent: (event: Event) => events.push(event.type),
  };
  const document = {
    querySelector: (selector: string) => inputs.get(/^\[name="(.+)"\]$/.exec(selector)?.[1] ?? '') ?? null,
  };
  runInNewContext(WEBAUTHN_SCRIPT, { window, document, navigator: { credentials }, Event, AbortController });
  const call = (name: string, ...args: unknown[]) =>
    (window[name] as (...a: unknown[]) => Promise<void>)(...args);
  return { window, events, credentials, submitted, inputs, call };
}

const requestOptions = JSON.stringify({
  publicKey: {
    challenge: base64Url([1, 2, 3, 4]),
    rpId: 'localhost',
    allowCredentials: [{ type: 'public-key', id: 'AQID' }],
  },
});

const createData = JSON.stringify({
  credentialOptions: {
    publicKey: {
      challenge: base64Url([5, 6]),
      user: { id: base64Url([7, 7]), name: '', displayName: '' },
      excludeCredentials: [{ type: 'public-key', id: 'AQID' }],
    },
  },
  displayNameFieldName: 'traits.email',
  displayNameFieldNames: ['traits.email'],
});

describe('WebAuthn script', () => {
  it('should carry the integrity of exactly the bytes the mock serves, readable from any origin', async () => {
    const digest = createHash('sha512').update(WEBAUTHN_SCRIPT, 'utf8').digest('base64');
    // When the script changes, this prints the integrity to put into webauthn-script.ts.
    expect(WEBAUTHN_SCRIPT_INTEGRITY).toBe(`sha512-${digest}`);
    // The handler itself, not through an app: the contract suite checks every recorded exchange against Kratos'
    // spec, which documents this route as application/json (Kratos itself serves JavaScript here too).
    const response = serveWebAuthnScript();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(WEBAUTHN_SCRIPT, 'utf8'))).toBe(true);
  });

  it('should be plain ES2019 a browser parses as a classic script', () => {
    expect(() => new Script(WEBAUTHN_SCRIPT)).not.toThrow();
    // Optional chaining, `??` and template literals came after ES2019 or would end the TS string.
    expect(WEBAUTHN_SCRIPT).not.toMatch(/\?\.|\?\?|`/);
  });

  it('should define every trigger, its __ory alias, then announce itself', () => {
    const { window, events } = page({});
    for (const name of [
      'oryWebAuthnLogin',
      'oryWebAuthnRegistration',
      'oryPasskeyLogin',
      'oryPasskeyLoginAutocompleteInit',
      'oryPasskeyRegistration',
      'oryPasskeySettingsRegistration',
    ]) {
      expect(typeof window[name]).toBe('function');
      expect(window[`__${name}`]).toBe(window[name]);
    }
    expect(window.__oryWebAuthnInitialized).toBe(true);
    expect(events).toEqual(['oryWebAuthnInitialized']);
  });

  it('should sign in with a passkey: challenge decoded, assertion encoded into passkey_login, form submitted', async () => {
    const { call, credentials, submitted } = page({ passkey_challenge: requestOptions, passkey_login: '' });
    await call('oryPasskeyLogin');
    const [[request]] = credentials.get.mock.calls as unknown as [[{ publicKey: Record<string, unknown> }]];
    expect(new Uint8Array(request.publicKey.challenge as ArrayBuffer)).toEqual(Uint8Array.of(1, 2, 3, 4));
    expect(
      new Uint8Array((request.publicKey.allowCredentials as { id: ArrayBuffer }[])[0]?.id as ArrayBuffer),
    ).toEqual(Uint8Array.of(1, 2, 3));
    expect(submitted).toHaveLength(1);
    expect(JSON.parse(submitted[0]?.passkey_login ?? '')).toEqual({
      id: 'AQID',
      rawId: 'AQID',
      type: 'public-key',
      response: {
        clientDataJSON: base64Url([123, 125]),
        authenticatorData: base64Url([9]),
        signature: base64Url([0xfb, 0xff]),
        userHandle: base64Url([7, 7]),
      },
      clientExtensionResults: {},
    });
  });

  it('should offer passkeys in the autofill with conditional mediation, and only where the browser can', async () => {
    const unable = page({ passkey_challenge: requestOptions, passkey_login: '' }, { conditional: false });
    await unable.call('oryPasskeyLoginAutocompleteInit');
    expect(unable.credentials.get).not.toHaveBeenCalled();

    const able = page({ passkey_challenge: requestOptions, passkey_login: '' }, { conditional: true });
    await able.call('oryPasskeyLoginAutocompleteInit');
    expect(able.credentials.get).toHaveBeenCalledWith(
      expect.objectContaining({ mediation: 'conditional', signal: expect.any(AbortSignal) }),
    );
    expect(able.submitted).toHaveLength(1);
  });

  it('should cancel a waiting autofill when the passkey button is pressed', async () => {
    const { call, credentials, submitted } = page(
      { passkey_challenge: requestOptions, passkey_login: '' },
      { conditional: true },
    );
    let signal: AbortSignal | undefined;
    credentials.get.mockImplementationOnce(
      (options?: unknown) =>
        new Promise((_resolve, reject) => {
          signal = (options as { signal: AbortSignal }).signal;
          signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        }) as never,
    );
    const autofill = call('oryPasskeyLoginAutocompleteInit');
    await vi.waitFor(() => expect(signal).toBeDefined());
    await call('oryPasskeyLogin');
    await expect(autofill).resolves.toBeUndefined();
    expect(signal?.aborted).toBe(true);
    expect(submitted).toHaveLength(1);
  });

  it('should name a new passkey after the typed display-name trait and post it as passkey_register', async () => {
    const { call, credentials, submitted } = page({
      passkey_create_data: createData,
      passkey_register: '',
      'traits.email': 'ada@example.com',
    });
    await call('oryPasskeyRegistration');
    const [[request]] = credentials.create.mock.calls as unknown as [[{ publicKey: Json }]];
    expect(request.publicKey.user).toMatchObject({ name: 'ada@example.com', displayName: 'ada@example.com' });
    expect(new Uint8Array(request.publicKey.user.id)).toEqual(Uint8Array.of(7, 7));
    expect(new Uint8Array(request.publicKey.excludeCredentials[0].id)).toEqual(Uint8Array.of(1, 2, 3));
    expect(JSON.parse(submitted[0]?.passkey_register ?? '')).toMatchObject({
      rawId: 'AQID',
      response: { attestationObject: base64Url([0xa0]), transports: ['internal'] },
      authenticatorAttachment: 'platform',
    });
  });

  it('should point at an empty display-name field instead of asking the authenticator', async () => {
    const { call, credentials, submitted, inputs } = page({
      passkey_create_data: createData,
      passkey_register: '',
      'traits.email': '',
    });
    await call('oryPasskeyRegistration');
    expect(credentials.create).not.toHaveBeenCalled();
    expect(submitted).toEqual([]);
    expect(inputs.get('traits.email')?.reportValidity).toHaveBeenCalled();
  });

  it('should add a passkey in settings into passkey_settings_register, keeping the options’ name', async () => {
    const settingsData = JSON.stringify({
      credentialOptions: {
        publicKey: {
          challenge: base64Url([5]),
          user: { id: base64Url([7]), name: 'ada@example.com', displayName: 'Ada' },
        },
      },
    });
    const { call, credentials, submitted } = page({
      passkey_create_data: settingsData,
      passkey_settings_register: '',
    });
    await call('oryPasskeySettingsRegistration');
    const [[request]] = credentials.create.mock.calls as unknown as [[{ publicKey: Json }]];
    expect(request.publicKey.user).toMatchObject({ name: 'ada@example.com', displayName: 'Ada' });
    expect(Object.keys(submitted[0] ?? {})).toContain('passkey_settings_register');
    expect(submitted[0]?.passkey_settings_register).not.toBe('');
  });

  it('should take security-key options from the argument (legacy onclick) or from the trigger button', async () => {
    const fromArgument = page({ webauthn_login: '' });
    await fromArgument.call('__oryWebAuthnLogin', JSON.parse(requestOptions));
    expect(fromArgument.submitted[0]?.webauthn_login).toContain('"signature"');

    const creation = JSON.stringify({ publicKey: JSON.parse(createData).credentialOptions.publicKey });
    const fromTrigger = page({
      webauthn_register_trigger: creation,
      webauthn_register: '',
      webauthn_register_displayname: 'Key',
    });
    await fromTrigger.call('oryWebAuthnRegistration');
    expect(fromTrigger.submitted[0]).toMatchObject({ webauthn_register_displayname: 'Key' });
    expect(JSON.parse(fromTrigger.submitted[0]?.webauthn_register ?? '')).toMatchObject({
      type: 'public-key',
    });
  });

  it('should fail loudly, submitting nothing, when the browser has no WebAuthn', async () => {
    const { window, call, submitted } = page({ passkey_challenge: requestOptions, passkey_login: '' });
    delete window.PublicKeyCredential;
    await expect(call('oryPasskeyLogin')).rejects.toThrow('This browser does not support WebAuthn.');
    expect(submitted).toEqual([]);
  });
});
