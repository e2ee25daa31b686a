// @vitest-environment node
// Node on purpose: the client must run without a DOM (React Native, CLIs, servers).
import { describe, expect, it } from 'vitest';
import { CSRF, errors, FLOW_ID, flow, KRATOS, successes, TOKEN } from './__fixtures__/kratos-responses';
import { type RecordedRequest, stubFetch } from './__fixtures__/stub-fetch';
import { createOryClient, type OryClientConfig } from './index';

function setup(
  config: Partial<OryClientConfig> = {},
  answer = (_request: RecordedRequest) => ({ status: 200, body: flow('login') as unknown }),
) {
  const stub = stubFetch(answer);
  const client = createOryClient({ baseUrl: KRATOS, fetch: stub.fetch, ...config });
  const last = () => stub.requests[stub.requests.length - 1] as RecordedRequest;
  return { client, requests: stub.requests, last };
}

function query(url: string): Record<string, string> {
  return Object.fromEntries(new URL(url).searchParams);
}

describe('FlowApi.create', () => {
  it('should GET the browser endpoint with cookies, JSON and only the parameters that are set', async () => {
    const { client, last } = setup();
    const outcome = await client.login.create({
      returnTo: 'http://localhost:5173/dashboard',
      refresh: true,
      aal: 'aal2',
      loginChallenge: 'challenge-1',
      organization: undefined,
    });
    expect(outcome.kind).toBe('flow');
    expect(last().method).toBe('GET');
    expect(last().url.split('?')[0]).toBe(`${KRATOS}/self-service/login/browser`);
    expect(query(last().url)).toEqual({
      return_to: 'http://localhost:5173/dashboard',
      refresh: 'true',
      aal: 'aal2',
      login_challenge: 'challenge-1',
    });
    expect(last().credentials).toBe('include');
    expect(last().headers.get('accept')).toBe('application/json');
  });

  it('should send every login parameter in snake_case', async () => {
    const { client, last } = setup();
    await client.login.create({ organization: 'org-1', via: 'email', identitySchema: 'customer' });
    expect(query(last().url)).toEqual({ organization: 'org-1', via: 'email', identity_schema: 'customer' });
  });

  it('should send registration parameters in snake_case', async () => {
    const { client, last } = setup();
    await client.registration.create({
      returnTo: '/welcome',
      loginChallenge: 'c',
      afterVerificationReturnTo: '/verified',
      organization: 'o',
      identitySchema: 's',
    });
    expect(last().url.split('?')[0]).toBe(`${KRATOS}/self-service/registration/browser`);
    expect(query(last().url)).toEqual({
      return_to: '/welcome',
      login_challenge: 'c',
      after_verification_return_to: '/verified',
      organization: 'o',
      identity_schema: 's',
    });
  });

  it('should send recovery skip_settings and verification return_to', async () => {
    const { client, requests } = setup();
    await client.recovery.create({ returnTo: '/r', skipSettings: true });
    await client.verification.create({ returnTo: '/v' });
    expect(query(requests[0]?.url ?? '')).toEqual({ return_to: '/r', skip_settings: 'true' });
    expect(query(requests[1]?.url ?? '')).toEqual({ return_to: '/v' });
  });

  it('should use the /api endpoint without cookies for native clients, leaving out browser-only parameters', async () => {
    const { client, last } = setup({ kind: 'native', sessionToken: TOKEN });
    await client.login.create({ returnTo: '/x', loginChallenge: 'c', returnSessionTokenExchangeCode: true });
    expect(last().url.split('?')[0]).toBe(`${KRATOS}/self-service/login/api`);
    expect(query(last().url)).toEqual({ return_to: '/x', return_session_token_exchange_code: 'true' });
    expect(last().credentials).toBe('omit');
    // A plain login must not carry the token: Kratos would answer session_already_available.
    expect(last().headers.has('x-session-token')).toBe(false);
  });

  it('should send X-Session-Token on a native step-up (aal2) or refresh login', async () => {
    const { client, requests } = setup({ kind: 'native', sessionToken: TOKEN });
    await client.login.create({ aal: 'aal2' });
    await client.login.create({ refresh: true });
    expect(requests.map((request) => request.headers.get('x-session-token'))).toEqual([TOKEN, TOKEN]);
  });

  it('should leave out login_challenge and after_verification_return_to on native registration', async () => {
    const { client, last } = setup({ kind: 'native' });
    await client.registration.create({
      loginChallenge: 'c',
      afterVerificationReturnTo: '/v',
      returnTo: '/r',
    });
    expect(query(last().url)).toEqual({ return_to: '/r' });
  });

  it('should send X-Session-Token on native settings, and never on browser settings', async () => {
    const native = setup({ kind: 'native', sessionToken: () => TOKEN });
    await native.client.settings.create();
    expect(native.last().url).toBe(`${KRATOS}/self-service/settings/api`);
    expect(native.last().headers.get('x-session-token')).toBe(TOKEN);

    const browser = setup({ sessionToken: TOKEN });
    await browser.client.settings.create();
    expect(browser.last().headers.has('x-session-token')).toBe(false);
  });

  it('should read a token function on every request', async () => {
    let token: string | undefined = 'first';
    const { client, requests } = setup({ kind: 'native', sessionToken: () => token });
    await client.settings.create();
    token = 'second';
    await client.settings.create();
    token = undefined;
    await client.settings.create();
    expect(requests.map((request) => request.headers.get('x-session-token'))).toEqual([
      'first',
      'second',
      null,
    ]);
  });

  it('should classify the answer as a create', async () => {
    const { client } = setup({}, () => ({ status: 400, body: errors.alreadyLoggedIn }));
    expect(await client.login.create()).toMatchObject({ kind: 'already', status: 400 });
  });
});

describe('FlowApi.recreate', () => {
  it('should create the flow again on this baseUrl with the query Kratos recorded in request_url', async () => {
    const { client, last } = setup();
    const lost = flow('registration', {
      // Another host (a proxy, a custom domain): only the query is replayed.
      request_url:
        'https://proxy.example.com/self-service/registration/browser?return_to=%2Fafter&identity_schema=customer',
    });
    expect((await client.registration.recreate(lost)).kind).toBe('flow');
    expect(last().url).toBe(
      `${KRATOS}/self-service/registration/browser?return_to=%2Fafter&identity_schema=customer`,
    );
    expect(last().credentials).toBe('include');
  });

  it('should read a root-relative request_url, and create a plain flow without one', async () => {
    const { client, last } = setup();
    await client.login.recreate(flow('login', { request_url: '/self-service/login/browser?aal=aal2' }));
    expect(last().url).toBe(`${KRATOS}/self-service/login/browser?aal=aal2`);
    await client.login.recreate(flow('login', { request_url: undefined }));
    expect(last().url).toBe(`${KRATOS}/self-service/login/browser`);
  });

  it('should use the /api endpoint and the session token for a native step-up login', async () => {
    const { client, last } = setup({ kind: 'native', sessionToken: TOKEN });
    const stepUp = flow(
      'login',
      { request_url: `${KRATOS}/self-service/login/api?aal=aal2`, requested_aal: 'aal2' },
      'api',
    );
    await client.login.recreate(stepUp);
    expect(last().url).toBe(`${KRATOS}/self-service/login/api?aal=aal2`);
    expect(last().headers.get('x-session-token')).toBe(TOKEN);
    expect(last().credentials).toBe('omit');
  });
});

describe('FlowApi.get', () => {
  it('should GET /self-service/<flow>/flows?id= (id, not flow)', async () => {
    const { client, last } = setup();
    const outcome = await client.registration.get(FLOW_ID);
    expect(outcome.kind).toBe('flow');
    expect(last().url).toBe(`${KRATOS}/self-service/registration/flows?id=${FLOW_ID}`);
    expect(last().credentials).toBe('include');
  });

  it('should turn an expired browser flow into a redirect to the init URL', async () => {
    const { client } = setup({}, () => ({ status: 410, body: errors.getExpiredBrowser }));
    expect(await client.login.get(FLOW_ID)).toMatchObject({
      kind: 'redirect',
      reason: 'self_service_flow_expired',
    });
  });

  it('should send X-Session-Token when fetching a native settings flow', async () => {
    const { client, last } = setup({ kind: 'native', sessionToken: TOKEN });
    await client.settings.get(FLOW_ID);
    expect(last().headers.get('x-session-token')).toBe(TOKEN);
  });
});

describe('FlowApi.submit', () => {
  const loginFlow = flow('login');

  it('should POST JSON to ui.action with the csrf_token taken from the flow', async () => {
    const { client, last } = setup({}, () => ({ status: 200, body: successes.browserLogin }));
    const outcome = await client.login.submit(loginFlow, {
      identifier: 'ada@example.com',
      password: 'pw',
      method: 'password',
    });
    expect(outcome.kind).toBe('success');
    expect(last().method).toBe('POST');
    expect(last().url).toBe(`${KRATOS}/self-service/login?flow=${FLOW_ID}`);
    expect(last().headers.get('content-type')).toBe('application/json');
    expect(last().credentials).toBe('include');
    expect(last().json).toEqual({
      identifier: 'ada@example.com',
      password: 'pw',
      method: 'password',
      csrf_token: CSRF,
    });
  });

  it('should convert FormData with dotted names, checkboxes and repeated names', async () => {
    const registration = flow('registration', {
      ui: {
        ...flow('registration').ui,
        nodes: [
          ...flow('registration').ui.nodes,
          {
            type: 'input',
            group: 'profile',
            attributes: { node_type: 'input', name: 'traits.newsletter', type: 'checkbox', disabled: false },
            messages: [],
            meta: {},
          },
        ],
      },
    });
    const { client, last } = setup();
    const form = new FormData();
    form.append('csrf_token', CSRF);
    form.append('traits.email', 'ada@example.com');
    form.append('traits.name.first', 'Ada');
    form.append('traits.newsletter', 'true');
    form.append('traits.tags', 'a');
    form.append('traits.tags', 'b');
    form.append('method', 'profile');
    await client.registration.submit(registration, form);
    expect(last().json).toEqual({
      csrf_token: CSRF,
      'traits.email': 'ada@example.com',
      'traits.name.first': 'Ada',
      'traits.newsletter': true,
      'traits.tags': ['a', 'b'],
      method: 'profile',
    });
  });

  it('should accept URLSearchParams', async () => {
    const { client, last } = setup();
    await client.login.submit(loginFlow, new URLSearchParams({ identifier: 'ada', method: 'password' }));
    expect(last().json).toEqual({ identifier: 'ada', method: 'password', csrf_token: CSRF });
  });

  it('should keep the token and parameters Kratos put in ui.action (recovery links)', async () => {
    const recovery = flow('recovery', {
      ui: { ...flow('recovery').ui, action: `${KRATOS}/self-service/recovery?flow=${FLOW_ID}&token=abc` },
    });
    const { client, last } = setup();
    await client.recovery.submit(recovery, { email: 'ada@example.com', method: 'code' });
    expect(last().url).toBe(`${KRATOS}/self-service/recovery?flow=${FLOW_ID}&token=abc`);
  });

  it('should resolve a relative ui.action against baseUrl, with or without a trailing slash', async () => {
    const relative = flow('login', {
      ui: { ...loginFlow.ui, action: `/self-service/login?flow=${FLOW_ID}` },
    });
    const { client, last } = setup({ baseUrl: `${KRATOS}/` });
    await client.login.submit(relative, {});
    expect(last().url).toBe(`${KRATOS}/self-service/login?flow=${FLOW_ID}`);
  });

  it('should rebuild the submit URL from the flow id when ui.action is missing or not http(s)', async () => {
    const broken = flow('login', { ui: { ...loginFlow.ui, action: 'javascript:alert(1)' } });
    const { client, last } = setup();
    await client.login.submit(broken, {});
    expect(last().url).toBe(`${KRATOS}/self-service/login?flow=${FLOW_ID}`);
  });

  it('should strip csrf_token and send no cookies on native flows, and expose the session token', async () => {
    const nativeFlow = flow('login', {}, 'api');
    const { client, last } = setup({ kind: 'native' }, () => ({ status: 200, body: successes.nativeLogin }));
    const form = new FormData();
    form.append('csrf_token', 'rendered-anyway');
    form.append('identifier', 'ada@example.com');
    form.append('password', 'pw');
    form.append('method', 'password');
    const outcome = await client.login.submit(nativeFlow, form);
    expect(last().json).toEqual({ identifier: 'ada@example.com', password: 'pw', method: 'password' });
    expect(last().credentials).toBe('omit');
    expect(outcome).toMatchObject({ kind: 'success', sessionToken: TOKEN });
  });

  it('should send X-Session-Token when submitting a native aal2 login flow', async () => {
    const stepUp = flow('login', { requested_aal: 'aal2' }, 'api');
    const { client, last } = setup({ kind: 'native', sessionToken: TOKEN });
    await client.login.submit(stepUp, { totp_code: '123456', method: 'totp' });
    expect(last().headers.get('x-session-token')).toBe(TOKEN);
  });

  it('should classify a 400 flow answer as the same flow with messages', async () => {
    const { client } = setup({}, () => ({ status: 400, body: loginFlow }));
    expect(await client.login.submit(loginFlow, {})).toMatchObject({
      kind: 'flow',
      status: 400,
      flow: { id: FLOW_ID },
    });
  });

  it('should classify a 410 with use_flow_id as a restart', async () => {
    const { client } = setup({}, () => ({ status: 410, body: errors.expired }));
    expect(await client.login.submit(loginFlow, {})).toMatchObject({ kind: 'restart', reason: 'expired' });
  });
});

describe('OryClient.flow', () => {
  it('should return the same objects as the named properties', () => {
    const { client } = setup();
    expect(client.flow('login')).toBe(client.login);
    expect(client.flow('registration')).toBe(client.registration);
    expect(client.flow('settings')).toBe(client.settings);
    expect(client.flow('recovery')).toBe(client.recovery);
    expect(client.flow('verification')).toBe(client.verification);
  });

  it('should throw on an unknown flow type', () => {
    const { client } = setup();
    expect(() => client.flow('logout' as never)).toThrow('Unknown flow type "logout".');
  });
});
