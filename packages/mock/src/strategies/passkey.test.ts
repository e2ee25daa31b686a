import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from '../adapters/mock-fetch';
import { UI_URL } from '../test-support/harness';
import { browserFlow, type Json, post } from '../test-support/parity-support';
import {
  findNode,
  formMessageIds,
  nodeValue,
  PASSWORD,
  passkeyCreationOptions,
  registerWithPasskey,
  signInWithPasskey,
  tampered,
  UI_ORIGIN,
  whoami,
} from '../test-support/webauthn-support';
import { createSoftwareAuthenticator } from '../webauthn/software-authenticator';

const passkeyMock = (): MockFetch => createMockFetch({ uiUrl: UI_URL, methods: { passkey: true } });

describe('passkey strategy', () => {
  it('should create an account without a password from a passkey registration', async () => {
    const mock = passkeyMock();
    const authenticator = createSoftwareAuthenticator();
    const registered = await registerWithPasskey(mock, authenticator, 'ada@example.com');
    expect(registered.identity.traits.email).toBe('ada@example.com');
    expect(await whoami(mock)).toEqual({ aal: 'aal1', methods: ['passkey'] });

    mock.clearCookies();
    const login = await browserFlow(mock, 'login');
    const byPassword = await post(mock, login, {
      method: 'password',
      identifier: 'ada@example.com',
      password: PASSWORD,
    });
    expect(formMessageIds(byPassword)).toEqual([4000006]);
  });

  it('should name the passkey after the typed identifier and register it for the flow’s user handle', async () => {
    const mock = passkeyMock();
    const flow = await browserFlow(mock, 'registration');
    const createData = JSON.parse(nodeValue(flow, 'passkey_create_data'));
    expect(createData).toMatchObject({
      displayNameFieldName: 'traits.email',
      displayNameFieldNames: ['traits.email'],
      credentialOptions: {
        publicKey: {
          rp: { id: 'localhost' },
          user: { name: '' },
          authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
          attestation: 'none',
        },
      },
    });
    expect(createData.credentialOptions.publicKey.challenge).toMatch(/^[\w-]{43}$/);
  });

  it('should refuse an attestation for another flow’s challenge and keep the typed traits', async () => {
    const mock = passkeyMock();
    const authenticator = createSoftwareAuthenticator();
    const other = await browserFlow(mock, 'registration');
    const flow = await browserFlow(mock, 'registration');
    const attestation = await authenticator.register(
      passkeyCreationOptions(other, 'ada@example.com'),
      UI_ORIGIN,
    );
    const failed = await post(mock, flow, {
      traits: { email: 'ada@example.com' },
      passkey_register: JSON.stringify(attestation),
    });
    expect(formMessageIds(failed)).toEqual([4000001]);
    expect(failed.ui.messages[0].text).toMatch(/^Unable to create a WebAuthn credential: .*challenge/i);
    expect(nodeValue(failed, 'traits.email')).toBe('ada@example.com');
    expect(await whoami(mock)).toMatchObject({ aal: '401' });
  });

  it('should sign in with the passkey alone, the user handle naming the account', async () => {
    const mock = passkeyMock();
    const authenticator = createSoftwareAuthenticator();
    await registerWithPasskey(mock, authenticator, 'ada@example.com');
    mock.clearCookies();
    const answer = await signInWithPasskey(mock, authenticator);
    expect(answer.session.identity.traits.email).toBe('ada@example.com');
    expect(answer.continue_with).toEqual([{ action: 'redirect_browser_to', redirect_browser_to: UI_URL }]);
    expect(await whoami(mock)).toEqual({ aal: 'aal1', methods: ['passkey'] });
  });

  it('should sign in from the form the WebAuthn script submits (urlencoded, no method)', async () => {
    const mock = passkeyMock();
    const authenticator = createSoftwareAuthenticator();
    await registerWithPasskey(mock, authenticator, 'ada@example.com');
    mock.clearCookies();
    const flow = await browserFlow(mock, 'login');
    const assertion = await authenticator.authenticate(
      JSON.parse(nodeValue(flow, 'passkey_challenge')),
      UI_ORIGIN,
    );
    const form = new URLSearchParams({
      csrf_token: nodeValue(flow, 'csrf_token'),
      identifier: '',
      password: '',
      passkey_challenge: nodeValue(flow, 'passkey_challenge'),
      passkey_login: JSON.stringify(assertion),
    });
    const response = await mock(flow.ui.action, {
      method: 'POST',
      credentials: 'include',
      redirect: 'manual',
      body: form,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(UI_URL);
    expect((await whoami(mock)).methods).toEqual(['passkey']);
  });

  it('should answer a forged signature with 4000043 and an unknown passkey with 4000015', async () => {
    const mock = passkeyMock();
    const authenticator = createSoftwareAuthenticator();
    await registerWithPasskey(mock, authenticator, 'ada@example.com');
    mock.clearCookies();

    const flow = await browserFlow(mock, 'login');
    const assertion = await authenticator.authenticate(
      JSON.parse(nodeValue(flow, 'passkey_challenge')),
      UI_ORIGIN,
    );
    assertion.response.signature = tampered(assertion.response.signature);
    const forged = await post(mock, flow, { passkey_login: JSON.stringify(assertion) });
    expect(formMessageIds(forged)).toEqual([4000043]);

    const stranger = createSoftwareAuthenticator();
    await stranger.register(
      passkeyCreationOptions(await browserFlow(mock, 'registration'), 'eve@example.com'),
      UI_ORIGIN,
    );
    const unknown = await signInWithPasskey(mock, stranger);
    expect(formMessageIds(unknown)).toEqual([4000015]);
    expect(await whoami(mock)).toMatchObject({ aal: '401' });
  });

  it('should offer autofill and the button with the script on browser flows, only the triggers on API flows', async () => {
    const mock = passkeyMock();
    const browser = await browserFlow(mock, 'login');
    expect(findNode(browser, 'identifier')?.attributes.autocomplete).toBe('username webauthn');
    expect(findNode(browser, 'passkey_login')?.attributes).toMatchObject({
      onloadTrigger: 'oryPasskeyLoginAutocompleteInit',
      onload: 'window.oryPasskeyLoginAutocompleteInit()',
    });
    expect(findNode(browser, 'passkey_login_trigger')?.attributes).toMatchObject({
      onclickTrigger: 'oryPasskeyLogin',
      onclick: 'window.oryPasskeyLogin()',
    });
    const script = findNode(browser, 'webauthn_script');
    expect(script?.group).toBe('webauthn');
    expect(script?.attributes).toMatchObject({
      src: `${mock.mock.options.publicUrl}/.well-known/ory/webauthn.js`,
      async: true,
      crossorigin: 'anonymous',
      referrerpolicy: 'no-referrer',
      integrity: expect.stringMatching(/^sha512-/),
      nonce: expect.stringMatching(/^[A-Za-z0-9]{24}$/),
    });
    const again = await browserFlow(mock, 'login');
    expect(findNode(again, 'webauthn_script')?.attributes.nonce).not.toBe(script?.attributes.nonce);

    const api = (await (
      await mock(`${mock.mock.options.publicUrl}/self-service/login/api`, {
        headers: { Accept: 'application/json' },
      })
    ).json()) as Json;
    expect(findNode(api, 'webauthn_script')).toBeUndefined();
    expect(findNode(api, 'passkey_login_trigger')?.attributes).toMatchObject({
      onclickTrigger: 'oryPasskeyLogin',
    });
    expect(findNode(api, 'passkey_login_trigger')?.attributes.onclick).toBeUndefined();
    expect(findNode(api, 'passkey_login')?.attributes.onload).toBeUndefined();
  });

  it('should add a second passkey in settings and remove one, but never the last way in', async () => {
    const mock = passkeyMock();
    const phone = createSoftwareAuthenticator();
    await registerWithPasskey(mock, phone, 'ada@example.com');

    const settings = await browserFlow(mock, 'settings');
    const [only] = settings.ui.nodes.filter((n: Json) => n.attributes.name === 'passkey_remove');
    expect(only.attributes.disabled).toBe(true);
    expect(only.meta.label).toMatchObject({
      id: 1050020,
      text: 'Remove passkey "ada@example.com"',
      context: { display_name: 'ada@example.com' },
    });
    const refused = await post(mock, settings, { passkey_remove: only.attributes.value });
    expect(refused.ui.messages[0].text).toMatch(/would lock you out/);

    const laptop = createSoftwareAuthenticator();
    const creation = passkeyCreationOptions(settings);
    expect(creation.publicKey.user.name).toBe('ada@example.com');
    expect(creation.publicKey.excludeCredentials).toEqual([
      { type: 'public-key', id: phone.credentials[0]?.id },
    ]);
    const fresh = await browserFlow(mock, 'settings');
    const added = await post(mock, fresh, {
      passkey_settings_register: JSON.stringify(
        await laptop.register(passkeyCreationOptions(fresh), UI_ORIGIN),
      ),
    });
    expect(added.state).toBe('success');
    const buttons = added.ui.nodes.filter((n: Json) => n.attributes.name === 'passkey_remove');
    expect(buttons.map((n: Json) => n.attributes.disabled)).toEqual([false, false]);

    const removed = await post(mock, added, { passkey_remove: buttons[0].attributes.value });
    expect(removed.state).toBe('success');
    expect(removed.ui.nodes.filter((n: Json) => n.attributes.name === 'passkey_remove')).toHaveLength(1);
    mock.clearCookies();
    expect(formMessageIds(await signInWithPasskey(mock, phone))).toEqual([4000015]);
    expect((await signInWithPasskey(mock, laptop)).session.identity.traits.email).toBe('ada@example.com');
  });

  it('should register with a passkey at the second step of a profile_first registration', async () => {
    const mock = createMockFetch({
      uiUrl: UI_URL,
      methods: { passkey: true },
      registrationStyle: 'profile_first',
    });
    const first = await browserFlow(mock, 'registration');
    expect(findNode(first, 'passkey_register_trigger')).toBeUndefined();
    const second = await post(mock, first, { method: 'profile', traits: { email: 'ada@example.com' } });
    // The traits travel hidden, so the script still finds the display name in the form.
    expect(findNode(second, 'traits.email')?.attributes).toMatchObject({
      type: 'hidden',
      value: 'ada@example.com',
    });
    expect(findNode(second, 'passkey_register_trigger')?.meta.label).toMatchObject({ id: 1040007 });
    const attestation = await createSoftwareAuthenticator().register(
      passkeyCreationOptions(second, 'ada@example.com'),
      UI_ORIGIN,
    );
    const done = await post(mock, second, {
      traits: { email: 'ada@example.com' },
      passkey_register: JSON.stringify(attestation),
    });
    expect(done.identity.traits.email).toBe('ada@example.com');
  });

  it('should offer the passkey at identifier_first step 2 only to an account that has one', async () => {
    const mock = createMockFetch({
      uiUrl: UI_URL,
      methods: { passkey: true },
      loginStyle: 'identifier_first',
    });
    const authenticator = createSoftwareAuthenticator();
    await registerWithPasskey(mock, authenticator, 'ada@example.com');
    mock.clearCookies();
    const step1 = await browserFlow(mock, 'login');
    expect(findNode(step1, 'passkey_login')?.attributes.onloadTrigger).toBe(
      'oryPasskeyLoginAutocompleteInit',
    );
    expect(findNode(step1, 'passkey_login_trigger')).toBeUndefined();

    const stranger = await post(mock, step1, { method: 'identifier_first', identifier: 'eve@example.com' });
    expect(findNode(stranger, 'passkey_login_trigger')).toBeUndefined();
    const known = await post(mock, await browserFlow(mock, 'login'), {
      method: 'identifier_first',
      identifier: 'ada@example.com',
    });
    const options = JSON.parse(nodeValue(known, 'passkey_challenge'));
    expect(options.publicKey.allowCredentials).toEqual([
      { type: 'public-key', id: authenticator.credentials[0]?.id, transports: ['internal'] },
    ]);
    const done = await post(mock, known, {
      passkey_login: JSON.stringify(await authenticator.authenticate(options, UI_ORIGIN)),
    });
    expect(done.session.identity.traits.email).toBe('ada@example.com');
  });
});
