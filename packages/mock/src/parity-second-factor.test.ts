import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from './adapters/mock-fetch';
import { messages } from './messages';
import type { MockOptions } from './options';
import { browserFlow, type Json, post, SNAPSHOTS_AVAILABLE, snapshot } from './test-support/parity-support';
import type { UiText } from './types';

// TOTP and lookup_secret nodes against Kratos' own snapshots (../shared/kratos/snapshots/HEAD/selfservice/
// strategy/{totp,lookup}/.snapshots). Kratos' tests switch profile and password off, so only the csrf_token and
// the method's group are compared — whole nodes, after stripping what Kratos' snapshots strip too (the csrf value,
// the QR image, the secret's text).

const PASSWORD = 'correct horse battery staple';
const totp = 'strategy/totp/.snapshots';
const lookup = 'strategy/lookup/.snapshots';

function comparable(nodes: Json[], group: string): Json[] {
  return nodes
    .filter((n) => n.group === group || n.attributes.name === 'csrf_token')
    .map((n) => {
      const node = structuredClone(n);
      if (node.attributes.name === 'csrf_token') delete node.attributes.value;
      if (node.attributes.id === 'totp_qr') delete node.attributes.src;
      if (node.attributes.id === 'totp_secret_key')
        node.attributes.text = { ...node.attributes.text, context: {} };
      if (node.attributes.id === 'totp_secret_key') delete node.attributes.text.text;
      return node;
    });
}

async function signedIn(options: MockOptions): Promise<MockFetch> {
  const mock = createMockFetch(options);
  const registration = await browserFlow(mock, 'registration');
  await post(mock, registration, {
    method: 'password',
    password: PASSWORD,
    traits: { email: 'ada@example.com' },
  });
  return mock;
}

async function pairTotp(mock: MockFetch): Promise<void> {
  const settings = await browserFlow(mock, 'settings');
  const secret = settings.ui.nodes.find((n: Json) => n.attributes.id === 'totp_secret_key').attributes.text
    .context.secret;
  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
  expect((await post(mock, settings, { method: 'totp', totp_code: code })).state).toBe('success');
}

/** A password login again, which leaves the session at aal1 for the aal2 flow. */
async function aal1Again(mock: MockFetch): Promise<void> {
  const logout = (await (
    await mock(`${mock.mock.options.publicUrl}/self-service/logout/browser`, { credentials: 'include' })
  ).json()) as Json;
  await mock(logout.logout_url, { credentials: 'include', headers: { Accept: 'application/json' } });
  const login = await browserFlow(mock, 'login');
  await post(mock, login, { method: 'password', identifier: 'ada@example.com', password: PASSWORD });
}

describe.skipIf(!SNAPSHOTS_AVAILABLE)('mock parity with Kratos snapshots: totp and lookup_secret', () => {
  it('should offer TOTP pairing like device_setup_is_available_when_identity_has_no_totp_yet', async () => {
    const mock = await signedIn({ methods: { totp: true } });
    const flow = await browserFlow(mock, 'settings');
    expect(comparable(flow.ui.nodes, 'totp')).toEqual(
      snapshot(
        `${totp}/TestCompleteSettings-case=device_setup_is_available_when_identity_has_no_totp_yet.json`,
      ),
    );
  });

  it('should offer unlinking like device_unlinking_is_available_when_identity_has_totp', async () => {
    const mock = await signedIn({ methods: { totp: true } });
    await pairTotp(mock);
    const flow = await browserFlow(mock, 'settings');
    expect(comparable(flow.ui.nodes, 'totp')).toEqual(
      snapshot(`${totp}/TestCompleteSettings-case=device_unlinking_is_available_when_identity_has_totp.json`),
    );
  });

  it('should ask for the TOTP code at aal2 like PopulateLoginMethodSecondFactor and totp_payload_is_set', async () => {
    const mock = await signedIn({ methods: { totp: true } });
    await pairTotp(mock);
    await aal1Again(mock);
    const flow = await browserFlow(mock, 'login', '?aal=aal2');
    expect(comparable(flow.ui.nodes, 'totp')).toEqual(
      snapshot(`${totp}/TestFormHydration-method=PopulateLoginMethodSecondFactor.json`),
    );
    expect(comparable(flow.ui.nodes, 'totp')).toEqual(
      snapshot(`${totp}/TestCompleteLogin-case=totp_payload_is_set_when_identity_has_totp.json`),
    );
  });

  it('should walk the lookup_secret settings states like the lookup settings snapshots', async () => {
    const mock = await signedIn({ methods: { lookup_secret: true } });
    const first = await browserFlow(mock, 'settings');
    expect(comparable(first.ui.nodes, 'lookup_secret')).toEqual(
      snapshot(
        `${lookup}/TestCompleteSettings-case=button_for_regeneration_is_displayed_when_identity_has_no_recovery_codes_yet-case=browser.json`,
      ),
    );
    const generated = await post(mock, first, { lookup_secret_regenerate: true });
    await post(mock, generated, { lookup_secret_confirm: true });
    const saved = await browserFlow(mock, 'settings');
    expect(comparable(saved.ui.nodes, 'lookup_secret')).toEqual(
      snapshot(
        `${lookup}/TestCompleteSettings-case=hide_recovery_codes_behind_reveal_button_and_show_disable_button-case=browser.json`,
      ),
    );
    const revealed = await post(mock, saved, { lookup_secret_reveal: true });
    const expected = snapshot(
      `${lookup}/TestCompleteSettings-type=regenerate_but_no_confirmation-type=browser.json`,
    );
    const strip = (nodes: Json[]) =>
      nodes.map((n) => (n.type === 'text' ? { ...n, attributes: { ...n.attributes, text: null } } : n));
    expect(strip(comparable(revealed.ui.nodes, 'lookup_secret'))).toEqual(strip(expected));
  });

  it('should ask for a backup code at aal2 like the lookup PopulateLoginMethodSecondFactor snapshot', async () => {
    const mock = await signedIn({ methods: { lookup_secret: true } });
    const generated = await post(mock, await browserFlow(mock, 'settings'), {
      lookup_secret_regenerate: true,
    });
    await post(mock, generated, { lookup_secret_confirm: true });
    await aal1Again(mock);
    const flow = await browserFlow(mock, 'login', '?aal=aal2');
    expect(comparable(flow.ui.nodes, 'lookup_secret')).toEqual(
      snapshot(`${lookup}/TestFormHydration-method=PopulateLoginMethodSecondFactor.json`),
    );
  });

  it('should word used and unused backup codes like the lookup list snapshot', () => {
    const [, list] = snapshot(
      `${lookup}/TestCompleteSettings-case=should_pass_without_csrf_if_API_flow.json`,
    );
    const secrets = list?.attributes.text.context.secrets as UiText[];
    expect(messages.settingsLookupSecret('key-0')).toEqual(secrets[0]);
    expect(messages.settingsLookupSecretUsed(Date.parse('2021-08-17T11:32:39Z'))).toEqual(secrets[1]);
    const formatted = secrets.map((s) => (s.id === 1050014 ? 'used' : String(s.context?.secret)));
    expect(messages.settingsLookupSecretList(formatted, secrets)).toEqual(list?.attributes.text);
  });
});
