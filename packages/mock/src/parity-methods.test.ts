import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from './adapters/mock-fetch';
import type { MockOptions } from './options';
import type { IdentitySchema } from './schema/identity-schema';
import { type Harness, startFetchHarness } from './test-support/harness';
import { throughProvider } from './test-support/journey-oidc';
import {
  browserFlow,
  type Json,
  notGroups,
  post,
  SNAPSHOTS_AVAILABLE,
  shape,
  snapshot,
  snapshotMessages,
} from './test-support/parity-support';

// The code and oidc methods against Kratos' snapshots (../shared/kratos/snapshots): the shape comparison of
// test-support/parity-support.ts (type, group, name, input type, required, autocomplete, label id, `method` values).

const PASSWORD = 'correct horse battery staple';
const credentials = { password: { identifier: true }, code: { identifier: true, via: 'email' as const } };
const address = { verification: { via: 'email' as const }, recovery: { via: 'email' as const } };

/** Kratos' login tests: an email identifier without a title ("ID", 1070004), usable by password and code. */
const LOGIN_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: { email: { type: 'string', format: 'email', 'ory.sh/kratos': { credentials } } },
    },
  },
};

/** The OIDC settings tests' traits: a required email identifier and a free-text name. */
const OIDC_SETTINGS_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { type: 'string', format: 'email', 'ory.sh/kratos': { credentials, ...address } },
        name: { type: 'string' },
      },
      required: ['email'],
    },
  },
};

const code = 'strategy/code/.snapshots';
const oidc = 'strategy/oidc/.snapshots';
const linkingSnapshot = `${oidc}/TestStrategy-login-hints-enabled=false-case=should_fail_to_register_and_return_fresh_login_flow_if_email_is_already_being_used_by_password_credentials-case=should_fail_login.json`;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const only =
  (...groups: string[]) =>
  (n: Json) =>
    groups.includes(n.group) || n.attributes.name === 'csrf_token';

async function registeredWithPassword(options: MockOptions, traits: Json): Promise<MockFetch> {
  const mock = createMockFetch(options);
  await post(mock, await browserFlow(mock, 'registration'), {
    method: 'password',
    password: PASSWORD,
    traits,
  });
  return mock;
}

const JSON_ACCEPT = { headers: { Accept: 'application/json' } };

/** A new browser flow of the harness, submitted as JSON with its CSRF token. */
async function submitNew(h: Harness, flowName: string, body: Json): Promise<Response> {
  const flow = (await (
    await h.browser(`${h.url}/self-service/${flowName}/browser`, JSON_ACCEPT)
  ).json()) as Json;
  const csrf = flow.ui.nodes.find((n: Json) => n.attributes.name === 'csrf_token')?.attributes.value;
  return h.browser(flow.ui.action, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ csrf_token: csrf, ...body }),
  });
}

/** Submits a provider (or link) button and walks the fake provider; returns the callback's answer. */
async function viaProvider(h: Harness, flowName: string, body: Json, answer = {}): Promise<Response> {
  const started = await submitNew(h, flowName, body);
  return throughProvider(h, ((await started.json()) as Json).redirect_browser_to, answer);
}

async function logout(h: Harness): Promise<void> {
  const { logout_url: url } = (await (
    await h.browser(`${h.url}/self-service/logout/browser`, JSON_ACCEPT)
  ).json()) as Json;
  await h.browser(url, JSON_ACCEPT);
}

const settingsOf = async (h: Harness) =>
  (await (
    await h.browser(`${h.url}/self-service/settings/browser`, { headers: { Accept: 'application/json' } })
  ).json()) as Json;

describe.skipIf(!SNAPSHOTS_AVAILABLE)('mock parity with Kratos snapshots: code and oidc', () => {
  const codeOnly: MockOptions = { identitySchema: LOGIN_SCHEMA, methods: { password: false, code: true } };

  it('should hydrate a passwordless code login like PopulateLoginMethodFirstFactor (code)', async () => {
    const flow = await browserFlow(createMockFetch(codeOnly), 'login');
    const hydrated = snapshot(
      `${code}/TestFormHydration-method=PopulateLoginMethodFirstFactor-case=code_is_used_for_passwordless_login_and_request_is_1fa.json`,
    );
    expect(shape(flow.ui.nodes).sort(byName)).toEqual(shape(hydrated).sort(byName));
  });

  it('should show the sent code form like the SPA verify_initial_payload_with_fast_login payload', async () => {
    const options = { identitySchema: LOGIN_SCHEMA, methods: { code: true } };
    const mock = await registeredWithPassword(options, { email: 'a@b.co' });
    mock.clearCookies();
    const sent = await post(mock, await browserFlow(mock, 'login'), { method: 'code', identifier: 'a@b.co' });
    const kratos = snapshot(
      `${code}/TestLoginCodeStrategy-test=SPA_client-suite=mfa-case=verify_initial_payload_with_fast_login.json`,
    );
    // Both keep the identifier first as a hidden field; only its group and label differ (2FA address vs. ID).
    const rest = (nodes: Json[]) => nodes.filter((n) => n.attributes.name !== 'identifier');
    expect(shape(rest(sent.ui.nodes))).toEqual(shape(rest(kratos)));
    expect(sent.ui.nodes[0].attributes).toMatchObject({
      name: 'identifier',
      type: 'hidden',
      value: 'a@b.co',
    });
    expect(sent.state).toBe('sent_email');
  });

  it('should offer the identity its addresses on refresh like PopulateLoginMethodFirstFactorRefresh (code)', async () => {
    const mock = await registeredWithPassword(
      { identitySchema: LOGIN_SCHEMA, methods: { code: true } },
      { email: 'refresh@example.com' },
    );
    const flow = await browserFlow(mock, 'login', '?refresh=true');
    const kratos = snapshot(
      `${code}/TestFormHydration-method=PopulateLoginMethodFirstFactorRefresh-case=code_is_used_for_passwordless_login_and_request_is_1fa_with_refresh.json`,
    );
    expect(shape(flow.ui.nodes.filter(only('code'))).sort(byName)).toEqual(shape(kratos).sort(byName));
    expect(flow.ui.nodes.find((n: Json) => n.attributes.name === 'address').meta.label).toEqual({
      id: 1010023,
      text: 'Send code to refresh@example.com',
      type: 'info',
      context: { address: 'refresh@example.com', channel: 'email' },
    });
  });

  it('should add "Send sign in code" to identifier-first step two like the enumeration-mitigated hydration', async () => {
    const mock = createMockFetch({ ...codeOnly, loginStyle: 'identifier_first' });
    const step2 = await post(mock, await browserFlow(mock, 'login'), {
      method: 'identifier_first',
      identifier: 'nobody@example.com',
    });
    const kratos = snapshot(
      `${code}/TestFormHydration-method=PopulateLoginMethodIdentifierFirstCredentials-case=WithIdentityHint-case=account_enumeration_mitigation_enabled-case=code_is_used_for_passwordless_login.json`,
    );
    expect(shape(step2.ui.nodes.filter((n: Json) => n.group === 'code'))).toEqual(shape(kratos));
  });

  it('should add "Send sign up code" like PopulateRegistrationMethod (code) and the two-step credential screen', async () => {
    const unified = await browserFlow(createMockFetch(codeOnly), 'registration');
    expect(shape(unified.ui.nodes.filter(only('code'))).sort(byName)).toEqual(
      shape(snapshot(`${code}/TestPopulateRegistrationMethod-method=PopulateRegistrationMethod.json`)).sort(
        byName,
      ),
    );
    const mock = createMockFetch({ methods: { code: true }, registrationStyle: 'profile_first' });
    const step2 = await post(mock, await browserFlow(mock, 'registration'), {
      method: 'profile',
      traits: { email: 'two@example.com' },
    });
    const kratos = snapshot(
      'strategy/profile/.snapshots/TestTwoStepRegistration-initial_form_is_populated_with_identity_traits-type=browser-select_credentials.json',
    ).filter(notGroups('oidc', 'webauthn', 'passkey', 'default'));
    expect(shape(step2.ui.nodes.filter(notGroups('default')))).toEqual(shape(kratos));
  });

  it('should hydrate provider buttons like the oidc login and sign-up snapshots', async () => {
    const login = await browserFlow(
      createMockFetch({ methods: { password: false, oidc: true }, oidcProviders: [{ id: 'test-provider' }] }),
      'login',
    );
    const kratosLogin = snapshot(`${oidc}/TestFormHydration-method=PopulateLoginMethodFirstFactor.json`);
    // Hydration output, before the handler sorts (the mock answers sorted: csrf_token first).
    expect(shape(login.ui.nodes).sort(byName)).toEqual(shape(kratosLogin).sort(byName));
    const button = (nodes: Json[]) => nodes.find((n) => n.attributes.name === 'provider')?.meta;
    expect(button(login.ui.nodes)).toEqual(button(kratosLogin));

    const signUp = snapshot(`${oidc}/TestStrategy-method=TestPopulateSignUpMethod.json`);
    const providers = signUp
      .filter((n) => n.group === 'oidc')
      .map((n) => ({ id: n.attributes.value as string }));
    const registration = await browserFlow(
      createMockFetch({ methods: { password: false, oidc: true }, oidcProviders: providers }),
      'registration',
    );
    expect(shape(registration.ui.nodes.filter(only('oidc')))).toEqual(shape(signUp));
  });

  describe('settings', () => {
    const providers = [{ id: 'github' }, { id: 'google' }, { id: 'ory', label: 'Ory' }];
    const options: MockOptions = {
      identitySchema: OIDC_SETTINGS_SCHEMA,
      methods: { oidc: true },
      oidcProviders: providers,
    };
    const traits = { email: 'settings@example.com' };
    const settingsSnapshot = (name: string) => snapshot(`${oidc}/TestSettingsStrategy-${name}.json`);

    it('should offer every provider to a password-only identity like agent=password', async () => {
      const mock = await registeredWithPassword(options, traits);
      const flow = await browserFlow(mock, 'settings');
      const kratos = settingsSnapshot(
        'case=should_adjust_linkable_providers_based_on_linked_credentials-agent=password',
      );
      expect(shape(flow.ui.nodes)).toEqual(shape(kratos));
      expect(flow.ui.nodes.at(-1).meta.label).toEqual(kratos.at(-1)?.meta.label);
    });

    it('should link through the provider and then offer unlinking like agent=githuber', async () => {
      const h = await startFetchHarness(options);
      expect(
        (await submitNew(h, 'registration', { method: 'password', password: PASSWORD, traits })).status,
      ).toBe(200);
      for (const provider of ['github', 'ory']) {
        const linked = await viaProvider(h, 'settings', { link: provider }, { email: traits.email });
        expect(linked.status).toBe(303);
      }
      const kratos = settingsSnapshot(
        'case=should_adjust_linkable_providers_based_on_linked_credentials-agent=githuber',
      );
      expect(shape((await settingsOf(h)).ui.nodes)).toEqual(shape(kratos));
    });

    it('should not offer unlinking the only way to sign in like the last_remaining_connection snapshot', async () => {
      const h = await startFetchHarness({ ...options, oidcProviders: providers });
      expect((await viaProvider(h, 'registration', { provider: 'ory' })).status).toBe(303);
      const kratos = settingsSnapshot(
        'suite=unlink-case=should_not_be_able_to_unlink_the_last_remaining_connection-flow=json',
      );
      expect(shape((await settingsOf(h)).ui.nodes)).toEqual(shape(kratos));
    });
  });

  it('should start account linking like the should_fail_login snapshot (email used by a password account)', async () => {
    const kratos = snapshot(linkingSnapshot);
    const others = kratos
      .filter((n) => n.group === 'oidc')
      .map((n) => ({ id: n.attributes.value as string }));
    const email = 'email-exist-with-password-strategy-lh-false@ory.sh';
    const h = await startFetchHarness({
      identitySchema: LOGIN_SCHEMA,
      methods: { oidc: true },
      oidcProviders: [{ id: 'valid', label: 'generic' }, ...others],
    });
    await submitNew(h, 'registration', { method: 'password', password: PASSWORD, traits: { email } });
    await logout(h);
    const linking = await viaProvider(h, 'login', { provider: 'valid' }, { email });
    const flowId = new URL(linking.headers.get('location') ?? '').searchParams.get('flow');
    const flow = (await (
      await h.browser(`${h.url}/self-service/login/flows?id=${flowId}`, JSON_ACCEPT)
    ).json()) as Json;
    expect(shape(flow.ui.nodes.filter(notGroups('oidc')))).toEqual(shape(kratos.filter(notGroups('oidc'))));
    const labels = (nodes: Json[]) =>
      nodes
        .filter((n) => n.group === 'oidc')
        .map((n) => n.meta.label.text)
        .sort();
    expect(labels(flow.ui.nodes)).toEqual(labels(kratos));
    const [message] = snapshotMessages(linkingSnapshot);
    expect(flow.ui.messages).toEqual([
      { ...message, context: { ...message?.context, ...newLoginUrl(flow) } },
    ]);
  });
});

/** Kratos' snapshot drops the volatile login URL from the context; the mock sends it (the UI's login page). */
function newLoginUrl(flow: Json): Json {
  const { newLoginUrl: camel, new_login_url: snake } = flow.ui.messages[0].context;
  return { newLoginUrl: camel, new_login_url: snake };
}
