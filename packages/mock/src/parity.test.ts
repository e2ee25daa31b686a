import { describe, expect, it } from 'vitest';
import { createMockFetch } from './adapters/mock-fetch';
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

// Compares the mock's login and registration nodes with Kratos' own UI-node snapshots (../shared/kratos/snapshots,
// never copied here): names, node and input types, groups, order, required, autocomplete and label ids.

const identifier = { 'ory.sh/kratos': { credentials: { password: { identifier: true } } } };

/** The traits of Kratos' registration sort fixture: username (identifier) before foobar, both required. */
const SORT_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: { username: { type: 'string', ...identifier }, foobar: { type: 'string' } },
      required: ['foobar', 'username'],
    },
  },
};

/** The traits of Kratos' profile-strategy tests (no titles, no formats, nothing required). */
const PROFILE_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { type: 'string', ...identifier },
        stringy: { type: 'string' },
        numby: { type: 'number' },
        booly: { type: 'boolean' },
        should_big_number: { type: 'number', minimum: 1200 },
        should_long_string: { type: 'string', minLength: 25 },
      },
    },
  },
};

/** Kratos' login tests use an identifier without a title, hence the "ID" label (1070004). */
const LOGIN_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: { type: 'object', properties: { email: { type: 'string', format: 'email', ...identifier } } },
  },
};

const start = (options: MockOptions) => createMockFetch(options);

describe.skipIf(!SNAPSHOTS_AVAILABLE)('mock parity with Kratos snapshots', () => {
  it('should render the unified password login like the first-factor hydration and a full login flow', async () => {
    const flow = await browserFlow(start({ identitySchema: LOGIN_SCHEMA }), 'login');
    // Hydration output (before the handler sorts): same nodes, shapes and labels.
    const hydrated = shape(
      snapshot('strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodFirstFactor.json'),
    );
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(shape(flow.ui.nodes).sort(byName)).toEqual([...hydrated].sort(byName));
    // A complete login flow response, sorted by the handler: csrf_token, identifier, password, method.
    const complete = snapshot(
      'strategy/oidc/.snapshots/TestStrategy-login-hints-enabled=true-case=should_fail_to_register_and_return_fresh_login_flow_if_email_is_already_being_used_by_password_credentials-case=should_fail_login.json',
    );
    expect(flow.ui.nodes.map((n: Json) => [n.group, n.attributes.name])).toEqual(
      complete.map((n) => [n.group, n.attributes.name]),
    );
  });

  it('should render a refresh login like PopulateLoginMethodFirstFactorRefresh', async () => {
    const mock = start({ identitySchema: LOGIN_SCHEMA });
    const registration = await browserFlow(mock, 'registration');
    await post(mock, registration, {
      method: 'password',
      password: 'correct horse battery',
      traits: { email: 'a@b.co' },
    });
    const flow = await browserFlow(mock, 'login', '?refresh=true');
    expect(shape(flow.ui.nodes)).toEqual(
      shape(
        snapshot(
          'strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodFirstFactorRefresh.json',
        ),
      ),
    );
  });

  it('should render identifier-first login steps like the idfirst and password snapshots', async () => {
    const mock = start({ identitySchema: LOGIN_SCHEMA, loginStyle: 'identifier_first' });
    const step1 = await browserFlow(mock, 'login');
    expect(shape(step1.ui.nodes)).toEqual(
      shape(
        snapshot(
          'strategy/idfirst/.snapshots/TestFormHydration-method=PopulateLoginMethodIdentifierFirstIdentification.json',
        ),
      ),
    );
    const step2 = await post(mock, step1, { method: 'identifier_first', identifier: 'nobody@example.com' });
    const credentials = step2.ui.nodes.filter((n: Json) => n.attributes.name !== 'identifier');
    expect(shape(credentials)).toEqual(
      shape(
        snapshot(
          'strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodIdentifierFirstCredentials-case=WithIdentifier-case=account_enumeration_mitigation_enabled.json',
        ),
      ),
    );
  });

  it('should sort one-step registration like registration.SortNodes (TestSortNodes-case=1)', async () => {
    const flow = await browserFlow(start({ identitySchema: SORT_SCHEMA }), 'registration');
    expect(shape(flow.ui.nodes)).toEqual(
      shape(snapshot('flow/registration/.snapshots/TestSortNodes-case=1.json.json')),
    );
  });

  it('should type trait nodes like the one-step profile registration snapshot', async () => {
    const flow = await browserFlow(start({ identitySchema: PROFILE_SCHEMA }), 'registration');
    expect(shape(flow.ui.nodes)).toEqual(
      shape(
        snapshot(
          'strategy/profile/.snapshots/TestOneStepRegistration-initial_form_is_populated_with_identity_traits-type=browser-empty_flow.json',
        ),
      ),
    );
  });

  it('should render both profile_first registration screens like the two-step snapshots', async () => {
    const mock = start({ identitySchema: PROFILE_SCHEMA, registrationStyle: 'profile_first' });
    const two =
      'strategy/profile/.snapshots/TestTwoStepRegistration-initial_form_is_populated_with_identity_traits-type=browser';
    const profile = await browserFlow(mock, 'registration');
    // The snapshots also have an OIDC provider (and passkey/code on screen 2): methods the mock does not offer yet.
    expect(shape(profile.ui.nodes)).toEqual(
      shape(snapshot(`${two}-empty_flow.json`).filter(notGroups('oidc'))),
    );
    const credentials = await post(mock, profile, {
      method: 'profile',
      traits: { email: 'browser-1@example.org', stringy: 'string', numby: 1, booly: true },
    });
    expect(shape(credentials.ui.nodes)).toEqual(
      shape(
        snapshot(`${two}-select_credentials.json`).filter(notGroups('oidc', 'webauthn', 'passkey', 'code')),
      ),
    );
    expect(credentials.ui.messages.map((m: Json) => m.id)).toEqual([1040009]);
  });
});
