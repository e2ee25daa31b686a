import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from './adapters/mock-fetch';
import type { MockOptions } from './options';
import type { IdentitySchema } from './schema/identity-schema';
import { UI_URL } from './test-support/harness';
import {
  browserFlow,
  type Json,
  post,
  SNAPSHOTS_AVAILABLE,
  shape,
  snapshot,
} from './test-support/parity-support';
import {
  nodeValue,
  PASSWORD,
  passkeyCreationOptions,
  registerWithPasskey,
  UI_ORIGIN,
} from './test-support/webauthn-support';
import { createSoftwareAuthenticator } from './webauthn/software-authenticator';

// The passkey and webauthn nodes against Kratos' snapshots (../shared/kratos/snapshots/HEAD/selfservice/strategy/
// {passkey,webauthn}/.snapshots). Besides parity-support's shape (type, group, name, input type, required,
// autocomplete, label id), the WebAuthn wiring is compared: onclick / onload (present or not: Kratos strips the
// security keys' onclick, whose argument holds a challenge), the triggers, and the script's fixed attributes.

const passkeyDir = 'strategy/passkey/.snapshots';
const webauthnDir = 'strategy/webauthn/.snapshots';

/** Kratos' passkey tests: one email identifier without a title (so "ID", 1070004). */
const SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          format: 'email',
          'ory.sh/kratos': { credentials: { password: { identifier: true } } },
        },
      },
    },
  },
};

function wiring(nodes: Json[]) {
  return shape(nodes).map((row, index) => {
    const attributes = nodes[index]?.attributes ?? {};
    return {
      ...row,
      onclick: typeof attributes.onclick === 'string',
      onclickTrigger: attributes.onclickTrigger,
      onload: typeof attributes.onload === 'string',
      onloadTrigger: attributes.onloadTrigger,
      ...(nodes[index]?.type === 'script'
        ? {
            script: [attributes.async, attributes.referrerpolicy, attributes.crossorigin, attributes.type],
            integrity: /^sha512-[A-Za-z0-9+/]{86}==$/.test(attributes.integrity),
          }
        : {}),
    };
  });
}

const byName = (a: Json, b: Json) => `${a.group}:${a.name}`.localeCompare(`${b.group}:${b.name}`);
const compare = (mine: Json[], kratos: Json[]) =>
  expect(wiring(mine).sort(byName)).toEqual(wiring(kratos).sort(byName));
const onlyGroups =
  (...groups: string[]) =>
  (n: Json) =>
    groups.includes(n.group) || n.attributes.name === 'csrf_token';

/** Kratos strips the security keys' onclick (its argument holds the challenge): compare its absence there. */
const withoutWebAuthnOnclick = (nodes: Json[]) =>
  nodes.map((n) => {
    if (n.group !== 'webauthn' || n.type !== 'input') return n;
    const { onclick: _onclick, ...attributes } = n.attributes;
    return { ...n, attributes };
  });

function mockWith(methods: MockOptions['methods'], extra: MockOptions = {}): MockFetch {
  return createMockFetch({ uiUrl: UI_URL, identitySchema: SCHEMA, methods, ...extra });
}

async function passwordAccount(mock: MockFetch): Promise<void> {
  await post(mock, await browserFlow(mock, 'registration'), {
    method: 'password',
    password: PASSWORD,
    traits: { email: 'ada@example.com' },
  });
}

async function apiFlow(mock: MockFetch, flow: string, token?: string): Promise<Json> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    ...(token ? { 'X-Session-Token': token } : {}),
  };
  return (await (
    await mock(`${mock.mock.options.publicUrl}/self-service/${flow}/api`, { headers })
  ).json()) as Json;
}

describe.skipIf(!SNAPSHOTS_AVAILABLE)('mock parity with Kratos snapshots: passkey and webauthn', () => {
  it('should hydrate a login like passkey PopulateLoginMethodFirstFactor (autofill and button)', async () => {
    const flow = await browserFlow(mockWith({ password: false, passkey: true }), 'login');
    compare(
      flow.ui.nodes,
      snapshot(`${passkeyDir}/TestFormHydration-method=PopulateLoginMethodFirstFactor.json`),
    );
  });

  it('should offer the autofill at identifier_first step 1 like PopulateLoginMethodIdentifierFirstIdentification', async () => {
    const mock = mockWith({ password: false, passkey: true }, { loginStyle: 'identifier_first' });
    const passkeyNodes = (nodes: Json[]) => nodes.filter(onlyGroups('passkey', 'webauthn'));
    const kratos = snapshot(
      `${passkeyDir}/TestFormHydration-method=PopulateLoginMethodIdentifierFirstIdentification.json`,
    );
    compare(passkeyNodes((await browserFlow(mock, 'login')).ui.nodes), passkeyNodes(kratos));
  });

  it('should ask a passkey account to refresh with its passkey like PopulateLoginMethodFirstFactorRefresh', async () => {
    const mock = mockWith({ password: false, passkey: true });
    await registerWithPasskey(mock, createSoftwareAuthenticator(), 'ada@example.com');
    const flow = await browserFlow(mock, 'login', '?refresh=true');
    compare(
      flow.ui.nodes,
      snapshot(`${passkeyDir}/TestFormHydration-method=PopulateLoginMethodFirstFactorRefresh.json`),
    );
  });

  it('should hydrate registration like passkey PopulateRegistrationMethodCredentials (browser and API)', async () => {
    const mock = mockWith({ password: false, passkey: true });
    const mine = (flow: Json) => flow.ui.nodes.filter(onlyGroups('passkey', 'webauthn'));
    compare(
      mine(await browserFlow(mock, 'registration')),
      snapshot(
        `${passkeyDir}/TestPopulateRegistrationMethod-method=PopulateRegistrationMethodCredentials-type=browser.json`,
      ),
    );
    // The mock's API registration flows carry no csrf_token node (the hydration test's container has an empty one).
    const passkeyOnly = (nodes: Json[]) =>
      nodes.filter((n) => n.group === 'passkey' || n.group === 'webauthn');
    compare(
      passkeyOnly((await apiFlow(mock, 'registration')).ui.nodes),
      passkeyOnly(
        snapshot(
          `${passkeyDir}/TestPopulateRegistrationMethod-method=PopulateRegistrationMethodCredentials-type=api.json`,
        ),
      ),
    );
  });

  it('should offer "Add passkey" in settings like passkey PopulateSettingsMethod (browser and API)', async () => {
    const mock = mockWith({ passkey: true });
    await passwordAccount(mock);
    const mine = (flow: Json) => flow.ui.nodes.filter(onlyGroups('passkey', 'webauthn'));
    compare(
      mine(await browserFlow(mock, 'settings')),
      snapshot(`${passkeyDir}/TestPopulateSettingsMethod-method=PopulateSettingsMethod-type=browser.json`),
    );
    const native = mockWith({ passkey: true });
    const registered = (await (
      await native((await apiFlow(native, 'registration')).ui.action, {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          method: 'password',
          password: PASSWORD,
          traits: { email: 'ada@example.com' },
        }),
      })
    ).json()) as Json;
    compare(
      mine(await apiFlow(native, 'settings', registered.session_token)),
      snapshot(`${passkeyDir}/TestPopulateSettingsMethod-method=PopulateSettingsMethod-type=api.json`),
    );
  });

  it('should list two passkeys with remove buttons like "a device is shown which can be unlinked"', async () => {
    const mock = mockWith({ passkey: true });
    await passwordAccount(mock);
    for (const device of [createSoftwareAuthenticator(), createSoftwareAuthenticator()]) {
      const settings = await browserFlow(mock, 'settings');
      const attestation = await device.register(passkeyCreationOptions(settings), UI_ORIGIN);
      expect(
        (await post(mock, settings, { passkey_settings_register: JSON.stringify(attestation) })).state,
      ).toBe('success');
    }
    const flow = await browserFlow(mock, 'settings');
    compare(
      flow.ui.nodes.filter(onlyGroups('passkey', 'webauthn')),
      snapshot(`${passkeyDir}/TestCompleteSettings-case=a_device_is_shown_which_can_be_unlinked.json`),
    );
  });

  it('should ask for the security key at aal2 like webauthn PopulateLoginMethodSecondFactor', async () => {
    const mock = mockWith({ webauthn: true });
    await passwordAccount(mock);
    const settings = await browserFlow(mock, 'settings');
    const key = createSoftwareAuthenticator();
    const options = JSON.parse(nodeValue(settings, 'webauthn_register_trigger'));
    await post(mock, settings, { webauthn_register: JSON.stringify(await key.register(options, UI_ORIGIN)) });
    mock.clearCookies();
    await post(mock, await browserFlow(mock, 'login'), {
      method: 'password',
      identifier: 'ada@example.com',
      password: PASSWORD,
    });
    const aal2 = await browserFlow(mock, 'login', '?aal=aal2');
    compare(
      withoutWebAuthnOnclick(aal2.ui.nodes.filter(onlyGroups('default', 'webauthn'))),
      snapshot(
        `${webauthnDir}/TestFormHydration-method=PopulateLoginMethodSecondFactor-case=mfa_enabled.json`,
      ),
    );
  });

  it('should offer and list security keys in settings like the webauthn settings snapshots', async () => {
    const mock = mockWith({ webauthn: true });
    await passwordAccount(mock);
    const first = await browserFlow(mock, 'settings');
    const mine = (flow: Json) => withoutWebAuthnOnclick(flow.ui.nodes.filter(onlyGroups('webauthn')));
    compare(
      mine(first),
      snapshot(`${webauthnDir}/TestCompleteSettings-case=one_activation_element_is_shown.json`),
    );

    let flow = first;
    for (const name of ['foo', 'bar']) {
      const options = JSON.parse(nodeValue(flow, 'webauthn_register_trigger'));
      const attestation = await createSoftwareAuthenticator().register(options, UI_ORIGIN);
      flow = await post(mock, flow, {
        webauthn_register_displayname: name,
        webauthn_register: JSON.stringify(attestation),
      });
    }
    compare(
      mine(flow),
      snapshot(`${webauthnDir}/TestCompleteSettings-case=a_device_is_shown_which_can_be_unlinked.json`),
    );
  });
});
