import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from '../adapters/mock-fetch';
import { UI_URL } from '../test-support/harness';
import { browserFlow, type Json, post } from '../test-support/parity-support';
import {
  findNode,
  formMessageIds,
  nodeValue,
  PASSWORD,
  tampered,
  UI_ORIGIN,
  whoami,
} from '../test-support/webauthn-support';
import { createSoftwareAuthenticator, type SoftwareAuthenticator } from '../webauthn/software-authenticator';

// Security keys as a second factor: added in settings (which proves the factor, so the session reaches aal2),
// then asked for after the password, like TOTP.

const EMAIL = 'ada@example.com';

async function signedUp(): Promise<MockFetch> {
  const mock = createMockFetch({ uiUrl: UI_URL, methods: { webauthn: true } });
  await post(mock, await browserFlow(mock, 'registration'), {
    method: 'password',
    password: PASSWORD,
    traits: { email: EMAIL },
  });
  return mock;
}

/** The options the trigger button carries (its value; the legacy onclick passes the same JSON). */
function triggerOptions(flow: Json, name: string): Json {
  const attributes = findNode(flow, name)?.attributes;
  expect(attributes?.onclick).toBe(`window.${attributes?.onclickTrigger}(${attributes?.value})`);
  return JSON.parse(attributes?.value);
}

async function addSecurityKey(mock: MockFetch, key: SoftwareAuthenticator, name: string): Promise<Json> {
  const settings = await browserFlow(mock, 'settings');
  const attestation = await key.register(triggerOptions(settings, 'webauthn_register_trigger'), UI_ORIGIN);
  return post(mock, settings, {
    webauthn_register_displayname: name,
    webauthn_register: JSON.stringify(attestation),
  });
}

/** Signs out and in again with the password: a session at aal1, which the second factor must lift. */
async function passwordAgain(mock: MockFetch): Promise<Json> {
  mock.clearCookies();
  const login = await browserFlow(mock, 'login');
  await post(mock, login, { method: 'password', identifier: EMAIL, password: PASSWORD });
  return browserFlow(mock, 'login', '?aal=aal2');
}

describe('webauthn strategy (second factor)', () => {
  it('should add a named security key in settings, which lifts the session to aal2', async () => {
    const mock = await signedUp();
    const settings = await browserFlow(mock, 'settings');
    expect(findNode(settings, 'webauthn_register_displayname')?.meta.label.id).toBe(1050013);
    expect(findNode(settings, 'webauthn_register_trigger')?.meta.label).toMatchObject({ id: 1050012 });
    expect(triggerOptions(settings, 'webauthn_register_trigger').publicKey).toMatchObject({
      user: { name: EMAIL },
      authenticatorSelection: { userVerification: 'discouraged' },
    });

    const added = await addSecurityKey(mock, createSoftwareAuthenticator(), 'Desk key');
    expect(added.state).toBe('success');
    expect(findNode(added, 'webauthn_remove')?.meta.label).toMatchObject({
      id: 1050018,
      text: 'Remove security key "Desk key"',
      context: { display_name: 'Desk key' },
    });
    expect(await whoami(mock)).toEqual({ aal: 'aal2', methods: ['password', 'webauthn'] });
  });

  it('should ask for the key after the password and accept its assertion as the second factor', async () => {
    const mock = await signedUp();
    const key = createSoftwareAuthenticator({ userVerified: false });
    await addSecurityKey(mock, key, 'Desk key');
    const aal2 = await passwordAgain(mock);
    expect((await whoami(mock)).aal).toBe('session_aal2_required');
    expect(findNode(aal2, 'webauthn_login_trigger')?.meta.label).toMatchObject({ id: 1010008 });
    const options = triggerOptions(aal2, 'webauthn_login_trigger');
    expect(options.publicKey.allowCredentials).toEqual([
      { type: 'public-key', id: key.credentials[0]?.id, transports: ['internal'] },
    ]);

    const done = await post(mock, aal2, {
      webauthn_login: JSON.stringify(await key.authenticate(options, UI_ORIGIN)),
    });
    expect(done.session.authenticator_assurance_level).toBe('aal2');
    expect(await whoami(mock)).toEqual({ aal: 'aal2', methods: ['password', 'webauthn'] });
  });

  it('should refuse a forged assertion with 4000043 and keep the session at aal1', async () => {
    const mock = await signedUp();
    const key = createSoftwareAuthenticator();
    await addSecurityKey(mock, key, 'Desk key');
    const aal2 = await passwordAgain(mock);
    const assertion = await key.authenticate(triggerOptions(aal2, 'webauthn_login_trigger'), UI_ORIGIN);
    assertion.response.signature = tampered(assertion.response.signature);
    const refused = await post(mock, aal2, { webauthn_login: JSON.stringify(assertion) });
    expect(formMessageIds(refused)).toEqual([4000043]);
    expect(nodeValue(refused, 'webauthn_login_trigger')).toBe(nodeValue(aal2, 'webauthn_login_trigger'));
    expect((await whoami(mock)).aal).toBe('session_aal2_required');
  });

  it('should remove a security key; without one the password is enough again', async () => {
    const mock = await signedUp();
    const added = await addSecurityKey(mock, createSoftwareAuthenticator(), 'Desk key');
    const removed = await post(mock, added, {
      webauthn_remove: findNode(added, 'webauthn_remove')?.attributes.value,
    });
    expect(removed.state).toBe('success');
    expect(findNode(removed, 'webauthn_remove')).toBeUndefined();
    await passwordAgain(mock);
    expect((await whoami(mock)).aal).toBe('aal1');
  });
});
