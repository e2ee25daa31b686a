import { describe, expect, it } from 'vitest';
import { createMockFetch, type MockFetch } from './adapters/mock-fetch';
import type { MockOptions } from './options';
import type { IdentitySchema } from './schema/identity-schema';
import {
  browserFlow,
  type Json,
  notGroups,
  post,
  SNAPSHOTS_AVAILABLE,
  shape,
  snapshot,
} from './test-support/parity-support';

// Settings, recovery and verification nodes against Kratos' snapshots (../shared/kratos/snapshots): the same
// shape comparison as test-support/parity-support.ts, with each test naming the snapshot it follows.

const PASSWORD = 'correct horse battery staple';
const identifier = { 'ory.sh/kratos': { credentials: { password: { identifier: true } } } };
const address = { verification: { via: 'email' }, recovery: { via: 'email' } } as const;

/** The traits of Kratos' settings handler tests (flow/settings/stub): no titles, `name` is an email. */
const SETTINGS_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { type: 'string', ...identifier },
        name: { type: 'string', format: 'email' },
        stringy: { type: 'string' },
        numby: { type: 'number' },
        booly: { type: 'boolean' },
        should_big_number: { type: 'number', minimum: 1200 },
        should_long_string: { type: 'string', minLength: 25 },
      },
    },
  },
};

/** The traits of the OIDC settings tests: a required email identifier and a free-text name. */
const OIDC_SETTINGS_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: {
          type: 'string',
          format: 'email',
          'ory.sh/kratos': { ...identifier['ory.sh/kratos'], ...address },
        },
        name: { type: 'string' },
      },
      required: ['email'],
    },
  },
};

async function signedIn(options: MockOptions, traits: Json): Promise<MockFetch> {
  const mock = createMockFetch(options);
  const registration = await browserFlow(mock, 'registration');
  await post(mock, registration, { method: 'password', password: PASSWORD, traits });
  return mock;
}

const settingsSnapshots = 'flow/settings/.snapshots/TestHandler';
const code = 'strategy/code/.snapshots';
const link = 'strategy/link/.snapshots';

describe.skipIf(!SNAPSHOTS_AVAILABLE)(
  'mock parity with Kratos snapshots: settings, recovery, verification',
  () => {
    it('should render a browser and an API settings flow like the settings handler snapshots', async () => {
      const mock = await signedIn({ identitySchema: SETTINGS_SCHEMA }, { email: 'ada@example.com' });
      const browser = await browserFlow(mock, 'settings');
      expect(shape(browser.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${settingsSnapshots}-case=multi-schema_endpoint=init-description=init_a_flow_as_browser-description=success.json`,
          ),
        ),
      );
      const token = await nativeToken(mock);
      const api = (await (
        await mock(`${mock.mock.options.publicUrl}/self-service/settings/api`, {
          headers: { 'X-Session-Token': token },
        })
      ).json()) as Json;
      expect(shape(api.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${settingsSnapshots}-endpoint=init-description=init_a_flow_as_API-description=success.json`,
          ),
        ),
      );
    });

    it('should render required identifier traits like the OIDC settings snapshot (without its oidc nodes)', async () => {
      const mock = await signedIn({ identitySchema: OIDC_SETTINGS_SCHEMA }, { email: 'ada@example.com' });
      const flow = await browserFlow(mock, 'settings');
      const oidc = snapshot(
        'strategy/oidc/.snapshots/TestSettingsStrategy-case=should_adjust_linkable_providers_based_on_linked_credentials-agent=password.json',
      );
      expect(shape(flow.ui.nodes)).toEqual(shape(oidc.filter(notGroups('oidc'))));
    });

    it('should render both recovery steps of the code strategy like TestRecovery', async () => {
      const mock = createMockFetch({ identitySchema: OIDC_SETTINGS_SCHEMA });
      const flow = await browserFlow(mock, 'recovery');
      expect(shape(flow.ui.nodes)).toEqual(
        shape(snapshot(`${code}/TestRecovery-description=should_set_all_the_correct_recovery_payloads.json`)),
      );
      const sent = await post(mock, flow, { method: 'code', email: 'test@ory.sh' });
      expect(shape(sent.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${code}/TestRecovery-description=should_set_all_the_correct_recovery_payloads_after_submission.json`,
          ),
        ),
      );
    });

    it('should render both recovery steps of the link strategy like TestRecovery (link)', async () => {
      const mock = createMockFetch({ identitySchema: OIDC_SETTINGS_SCHEMA, recoveryStrategy: 'link' });
      const flow = await browserFlow(mock, 'recovery');
      expect(shape(flow.ui.nodes)).toEqual(
        shape(snapshot(`${link}/TestRecovery-description=should_set_all_the_correct_recovery_payloads.json`)),
      );
      const sent = await post(mock, flow, { method: 'link', email: 'test@ory.sh' });
      expect(shape(sent.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${link}/TestRecovery-description=should_set_all_the_correct_recovery_payloads_after_submission.json`,
          ),
        ),
      );
    });

    it('should render the code verification steps like TestVerification (v26.2.0 form, HEAD code step)', async () => {
      const mock = createMockFetch({ identitySchema: OIDC_SETTINGS_SCHEMA });
      const flow = await browserFlow(mock, 'verification');
      // HEAD asks for "Email or phone number" when the schema verifies phones too; email-only schemas keep v26.2.0's.
      expect(shape(flow.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${code}/TestVerification-description=should_set_all_the_correct_verification_payloads.json`,
            'v26.2.0',
          ),
        ),
      );
      const sent = await post(mock, flow, { method: 'code', email: 'test@ory.sh' });
      expect(shape(sent.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${code}/TestVerification-description=should_set_all_the_correct_verification_payloads_after_submission.json`,
          ),
        ),
      );
    });

    it('should render both verification steps of the link strategy like TestVerification (link)', async () => {
      const mock = createMockFetch({ identitySchema: OIDC_SETTINGS_SCHEMA, verificationStrategy: 'link' });
      const flow = await browserFlow(mock, 'verification');
      expect(shape(flow.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${link}/TestVerification-description=should_set_all_the_correct_verification_payloads.json`,
          ),
        ),
      );
      const sent = await post(mock, flow, { method: 'link', email: 'test@ory.sh' });
      expect(shape(sent.ui.nodes)).toEqual(
        shape(
          snapshot(
            `${link}/TestVerification-description=should_set_all_the_correct_verification_payloads_after_submission.json`,
          ),
        ),
      );
    });
  },
);

/** A second, native session for the same identity (the API settings flow needs an X-Session-Token). */
async function nativeToken(mock: MockFetch): Promise<string> {
  const base = mock.mock.options.publicUrl;
  const flow = (await (await mock(`${base}/self-service/login/api`, { credentials: 'omit' })).json()) as Json;
  const response = await mock(flow.ui.action, {
    method: 'POST',
    credentials: 'omit',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ method: 'password', identifier: 'ada@example.com', password: PASSWORD }),
  });
  return ((await response.json()) as Json).session_token;
}
