import type { IdentitySchema, MockOptions } from '@headless-ory/mock';
import { type Json, mockClient, PASSWORD } from './mock-client';

// Which of Kratos' snapshots each mock screen must match, and how to reach that screen on the mock. Schemas
// mirror the ones Kratos' tests used, so trait nodes (names, types, labels) are comparable.

export type FlowName = 'login' | 'registration' | 'settings' | 'recovery' | 'verification';

export interface ParityScenario {
  name: string;
  /** The self-service flow the screen belongs to (a flow the mock does not serve yet is listed, not compared). */
  flow: FlowName;
  /**
   * Snapshot path under selfservice/. Compared with HEAD's and, where it differs, with the latest release's
   * (history/v26.2.0): the mock must look like one real Kratos.
   */
  kratos: string;
  /** Groups of methods the mock does not offer, taken out of the snapshot before comparing. */
  withoutGroups?: string[];
  /** Kratos' hydration tests snapshot nodes before the handler sorts them: compare as sets. */
  unordered?: boolean;
  /** Compare only [group, name] (the snapshot's values differ for reasons outside the mock, e.g. login hints). */
  namesOnly?: boolean;
  /** The mock's nodes for this screen. */
  mock: () => Promise<Json[]>;
}

const identifier = { 'ory.sh/kratos': { credentials: { password: { identifier: true } } } };
const verifiableEmail = {
  'ory.sh/kratos': {
    credentials: { password: { identifier: true } },
    verification: { via: 'email' as const },
    recovery: { via: 'email' as const },
  },
};

/** Kratos' login tests: an identifier without a title, hence the "ID" label (1070004). */
const LOGIN_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: { type: 'object', properties: { email: { type: 'string', format: 'email', ...identifier } } },
  },
};

/** Kratos' registration sort fixture: username (identifier) before foobar, both required. */
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

/** Kratos' profile-strategy (and settings) tests: no titles, no formats, nothing required. */
const PROFILE_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: {
        email: { type: 'string', ...verifiableEmail },
        stringy: { type: 'string' },
        numby: { type: 'number' },
        booly: { type: 'boolean' },
        should_big_number: { type: 'number', minimum: 1200 },
        should_long_string: { type: 'string', minLength: 25 },
      },
    },
  },
};

/** Kratos' code/link recovery and verification tests: a verifiable, recoverable email. */
const ADDRESS_SCHEMA: IdentitySchema = {
  type: 'object',
  properties: {
    traits: {
      type: 'object',
      properties: { email: { type: 'string', format: 'email', ...verifiableEmail } },
    },
  },
};

const nodesOf = (flow: Json): Json[] => flow.ui?.nodes ?? [];
const PROFILE_TRAITS = { email: 'browser-1@example.org', stringy: 'string', numby: 1, booly: true };
const TWO_STEP =
  'strategy/profile/.snapshots/TestTwoStepRegistration-initial_form_is_populated_with_identity_traits-type=browser';

async function screen(options: MockOptions, flow: string, query = ''): Promise<Json[]> {
  return nodesOf(await mockClient(options).json(`/self-service/${flow}/browser${query}`));
}

async function twoStep(steps: number): Promise<Json[]> {
  const client = mockClient({ identitySchema: PROFILE_SCHEMA, registrationStyle: 'profile_first' });
  let flow = await client.json('/self-service/registration/browser');
  if (steps >= 1) flow = await client.submit(flow, { method: 'profile', traits: PROFILE_TRAITS });
  if (steps >= 2)
    flow = await client.submit(flow, { method: 'profile', screen: 'previous', traits: PROFILE_TRAITS });
  if (steps >= 3) flow = await client.submit(flow, { method: 'profile', traits: PROFILE_TRAITS });
  return nodesOf(flow);
}

/** A registered, signed-in browser on a mock with `options`. */
async function signedIn(options: MockOptions, email = 'settings@example.org') {
  const client = mockClient(options);
  const registration = await client.json('/self-service/registration/browser');
  await client.submit(registration, {
    method: 'password',
    password: PASSWORD,
    traits: { ...PROFILE_TRAITS, email },
  });
  return client;
}

async function outOfBand(flow: 'recovery' | 'verification', strategy: 'code' | 'link', submitted: boolean) {
  const options: MockOptions = { identitySchema: ADDRESS_SCHEMA, [`${flow}Strategy`]: strategy };
  const client = mockClient(options);
  let current = await client.json(`/self-service/${flow}/browser`);
  if (submitted) current = await client.submit(current, { method: strategy, email: 'test@ory.sh' });
  return nodesOf(current);
}

export const parityScenarios: ParityScenario[] = [
  {
    name: 'login, password (unified): first factor',
    flow: 'login',
    kratos: 'strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodFirstFactor.json',
    unordered: true,
    mock: () => screen({ identitySchema: LOGIN_SCHEMA }, 'login'),
  },
  {
    name: 'login, password (unified): node order of a full flow',
    flow: 'login',
    kratos:
      'strategy/oidc/.snapshots/TestStrategy-login-hints-enabled=true-case=should_fail_to_register_and_return_fresh_login_flow_if_email_is_already_being_used_by_password_credentials-case=should_fail_login.json',
    namesOnly: true,
    mock: () => screen({ identitySchema: LOGIN_SCHEMA }, 'login'),
  },
  {
    name: 'login, refresh',
    flow: 'login',
    kratos:
      'strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodFirstFactorRefresh.json',
    mock: async () => {
      const client = await signedIn({ identitySchema: LOGIN_SCHEMA });
      return nodesOf(await client.json('/self-service/login/browser?refresh=true'));
    },
  },
  {
    name: 'login, identifier_first: identification',
    flow: 'login',
    kratos:
      'strategy/idfirst/.snapshots/TestFormHydration-method=PopulateLoginMethodIdentifierFirstIdentification.json',
    mock: () => screen({ identitySchema: LOGIN_SCHEMA, loginStyle: 'identifier_first' }, 'login'),
  },
  {
    name: 'login, identifier_first: credentials (enumeration mitigation)',
    flow: 'login',
    kratos:
      'strategy/password/.snapshots/TestFormHydration-method=PopulateLoginMethodIdentifierFirstCredentials-case=WithIdentifier-case=account_enumeration_mitigation_enabled.json',
    mock: async () => {
      const client = mockClient({ identitySchema: LOGIN_SCHEMA, loginStyle: 'identifier_first' });
      const flow = await client.json('/self-service/login/browser');
      const next = await client.submit(flow, {
        method: 'identifier_first',
        identifier: 'nobody@example.com',
      });
      // The snapshot is the credentials hydration alone; the flow also carries the identifier forward.
      return nodesOf(next).filter((node) => node.attributes.name !== 'identifier');
    },
  },
  {
    name: 'registration, unified: sort order (registration.SortNodes)',
    flow: 'registration',
    kratos: 'flow/registration/.snapshots/TestSortNodes-case=1.json.json',
    mock: () => screen({ identitySchema: SORT_SCHEMA }, 'registration'),
  },
  {
    name: 'registration, unified: trait nodes from the schema',
    flow: 'registration',
    kratos:
      'strategy/profile/.snapshots/TestOneStepRegistration-initial_form_is_populated_with_identity_traits-type=browser-empty_flow.json',
    mock: () => screen({ identitySchema: PROFILE_SCHEMA }, 'registration'),
  },
  {
    name: 'registration, profile_first: profile screen',
    flow: 'registration',
    kratos: `${TWO_STEP}-empty_flow.json`,
    withoutGroups: ['oidc'],
    mock: () => twoStep(0),
  },
  {
    name: 'registration, profile_first: credentials screen',
    flow: 'registration',
    kratos: `${TWO_STEP}-select_credentials.json`,
    withoutGroups: ['oidc', 'webauthn', 'passkey', 'code'],
    mock: () => twoStep(1),
  },
  {
    name: 'registration, profile_first: credentials screen again (after going back)',
    flow: 'registration',
    kratos: `${TWO_STEP}-select_credentials_again.json`,
    withoutGroups: ['oidc', 'webauthn', 'passkey', 'code'],
    mock: () => twoStep(3),
  },
  {
    name: 'settings: profile and password sections',
    flow: 'settings',
    // flow/settings' TestHandler snapshot is the same screen with one more trait (traits.name) in its schema.
    kratos:
      'strategy/profile/.snapshots/TestStrategyTraits-description=hydrate_the_proper_fields-type=browser.json',
    mock: async () => {
      const client = await signedIn({ identitySchema: PROFILE_SCHEMA });
      return nodesOf(await client.json('/self-service/settings/browser'));
    },
  },
  ...(['recovery', 'verification'] as const).flatMap((flow) =>
    (['code', 'link'] as const).flatMap((strategy) => {
      const test = flow === 'recovery' ? 'TestRecovery' : 'TestVerification';
      const base = `strategy/${strategy}/.snapshots/${test}-description=should_set_all_the_correct_${flow}_payloads`;
      return [
        {
          name: `${flow}, ${strategy}: address form`,
          flow,
          kratos: `${base}.json`,
          mock: () => outOfBand(flow, strategy, false),
        },
        {
          name: `${flow}, ${strategy}: after the address was sent`,
          flow,
          kratos: `${base}_after_submission.json`,
          mock: () => outOfBand(flow, strategy, true),
        },
      ];
    }),
  ),
];

/** Methods Kratos' snapshots cover, by the node group that shows them, with a snapshot directory to start from. */
export const kratosMethods: { group: string; covers: string }[] = [
  { group: 'password', covers: 'strategy/password' },
  { group: 'profile', covers: 'strategy/profile' },
  { group: 'identifier_first', covers: 'strategy/idfirst' },
  { group: 'code', covers: 'strategy/code (login, registration, recovery, verification codes)' },
  { group: 'link', covers: 'strategy/link (recovery, verification links)' },
  { group: 'oidc', covers: 'strategy/oidc' },
  { group: 'totp', covers: 'strategy/totp (settings, login second factor)' },
  { group: 'lookup_secret', covers: 'strategy/lookup (settings, login second factor)' },
  { group: 'webauthn', covers: 'strategy/webauthn' },
  { group: 'passkey', covers: 'strategy/passkey' },
];
