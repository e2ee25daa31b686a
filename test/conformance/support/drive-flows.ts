import { type RecordedExchange, setMockRecorder } from '@headless-ory/mock';
import { mockClient as client, JSON_BODY, PASSWORD } from './mock-client';

const JSON_ACCEPT = { Accept: 'application/json' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

async function browserPassword(): Promise<void> {
  const { call, json, submit } = client();
  const email = 'contract@example.com';
  await call('/self-service/login/browser', { credentials: 'include' }); // text/html → 303
  const registration = await json('/self-service/registration/browser');
  await json(`/self-service/registration/flows?id=${registration.id}`);
  await submit(registration, { method: 'password', password: 'short', traits: { email } });
  await submit(registration, { method: 'password', password: PASSWORD, traits: { email } });
  await json('/sessions/whoami');
  await json('/self-service/login/browser'); // session_already_available
  await json('/self-service/login/browser?refresh=true');
  await json('/self-service/registration/browser');
  for (const flow of ['settings', 'recovery', 'verification']) await json(`/self-service/${flow}/browser`);
  const logout = await json('/self-service/logout/browser');
  if (typeof logout.logout_url === 'string') await json(logout.logout_url);
  await json('/sessions/whoami'); // 401
  await json('/self-service/logout/browser'); // 401
  await json('/self-service/settings/browser'); // 401 without a session

  const login = await json('/self-service/login/browser?return_to=http://localhost:5173/after');
  await json(`/self-service/login/flows?id=${login.id}`);
  await submit(login, { method: 'password', identifier: email, password: 'not the password' });
  await json(login.ui.action, { method: 'POST', headers: JSON_BODY, body: '{"method":"password"}' }); // no csrf
  await submit(login, { method: 'password', identifier: email, password: PASSWORD });
  await json(`/self-service/login/flows?id=${UNKNOWN_ID}`);
  await json('/self-service/login/browser?return_to=https://evil.example/');
  await json('/self-service/login/browser?aal=aal9');
  for (const flow of ['recovery', 'verification']) {
    const started = await json(`/self-service/${flow}/browser`);
    if (started.id) await json(`/self-service/${flow}/flows?id=${started.id}`);
  }
}

async function expiry(): Promise<void> {
  const { json, submit, advance } = client();
  const registration = await json('/self-service/registration/browser');
  const login = await json('/self-service/login/browser');
  advance(2 * 60 * 60 * 1000);
  await submit(registration, {
    method: 'password',
    password: PASSWORD,
    traits: { email: 'late@example.com' },
  });
  await json(`/self-service/registration/flows?id=${registration.id}`);
  await submit(login, { method: 'password', identifier: 'late@example.com', password: PASSWORD });
  await json(`/self-service/login/flows?id=${login.id}`);
}

/** Settings (profile, password), then recovery and verification by code and by link, read from the courier. */
async function accountFlows(): Promise<void> {
  for (const strategy of ['code', 'link'] as const) {
    const { json, submit, call, mock } = client({
      recoveryStrategy: strategy,
      verificationStrategy: strategy,
    });
    const email = `account-${strategy}@example.com`;
    const registration = await json('/self-service/registration/browser');
    await submit(registration, { method: 'password', password: PASSWORD, traits: { email } });
    const settings = await json('/self-service/settings/browser');
    await json(`/self-service/settings/flows?id=${settings.id}`);
    await submit(settings, { method: 'profile', traits: { email: 'not an email' } });
    await submit(settings, { method: 'profile', traits: { email, name: { first: 'Ada' } } });
    await submit(settings, { method: 'password', password: `${PASSWORD} 2` });
    await json('/self-service/recovery/browser'); // signed in
    const verification = await json('/self-service/verification/browser');
    await submit(verification, { method: strategy, email });
    await followCourier(
      json,
      submit,
      mock.courier().at(-1),
      await json(`/self-service/verification/flows?id=${verification.id}`),
    );
    const logout = await json('/self-service/logout/browser');
    if (typeof logout.logout_url === 'string') await call(logout.logout_url, { credentials: 'include' }); // 303

    const recovery = await json('/self-service/recovery/browser');
    await submit(recovery, { method: strategy, email: 'not an email' });
    const sent = await submit(recovery, { method: strategy, email });
    await json(`/self-service/recovery/flows?id=${recovery.id}`);
    await followCourier(json, submit, mock.courier().at(-1), sent);
  }
}

/** Uses what the courier sent: a code typed into the flow (a wrong one first), or the link opened. */
async function followCourier(
  json: ReturnType<typeof client>['json'],
  submit: ReturnType<typeof client>['submit'],
  message: { code?: string; link?: string } | undefined,
  flow: Record<string, unknown>,
): Promise<void> {
  if (message?.code) {
    await submit(flow, { method: 'code', code: '000000' });
    await submit(flow, { method: 'code', code: message.code });
  } else if (message?.link) {
    await json(message.link);
  }
}

async function native(): Promise<void> {
  const { call, json, submit } = client();
  const omit: RequestInit = { credentials: 'omit' };
  const registration = await json('/self-service/registration/api', omit);
  const email = 'native@example.com';
  await submit(registration, { method: 'password', password: PASSWORD, traits: { email } }, 'omit');
  const login = await json('/self-service/login/api', omit);
  const success = await submit(login, { method: 'password', identifier: email, password: PASSWORD }, 'omit');
  const token = { 'X-Session-Token': String(success.session_token) };
  await json('/sessions/whoami', { ...omit, headers: { ...JSON_ACCEPT, ...token } });
  for (const flow of ['settings', 'recovery', 'verification']) {
    await json(`/self-service/${flow}/api`, { ...omit, headers: { ...JSON_ACCEPT, ...token } });
  }
  for (let i = 0; i < 2; i++) {
    await call('/self-service/logout/api', {
      method: 'DELETE',
      headers: JSON_BODY,
      body: JSON.stringify({ session_token: success.session_token }),
    });
  }
}

async function steps(): Promise<void> {
  const firstIdentifier = client({ loginStyle: 'identifier_first' });
  const login = await firstIdentifier.json('/self-service/login/browser');
  await firstIdentifier.submit(login, { method: 'identifier_first', identifier: 'nobody@example.com' });

  const twoStep = client({ registrationStyle: 'profile_first' });
  const profile = await twoStep.json('/self-service/registration/browser');
  const email = 'two-step@example.com';
  const credentials = await twoStep.submit(profile, { method: 'profile', traits: { email } });
  if (credentials.ui) {
    await twoStep.submit(credentials, { method: 'profile', screen: 'previous', traits: { email } });
    await twoStep.submit(credentials, { method: 'password', password: PASSWORD, traits: { email } });
  }
}

async function misc(): Promise<void> {
  const { json } = client();
  await json('/self-service/errors?id=stub:500');
  await json(`/self-service/errors?id=${UNKNOWN_ID}`);
  const schemas = await json('/schemas');
  if (Array.isArray(schemas) && schemas[0]?.id) await json(`/schemas/${schemas[0].id}`);
  await json('/schemas/nope');
  await json('/health/alive');
  await json('/health/ready');
}

/**
 * Drives login, registration, logout, sessions, errors and schemas through an in-process mock and returns every
 * response it gave, so the contract suite checks something even with no recording from other runs. It asserts
 * nothing about behaviour (the mock's own tests do): it only has to make the mock answer.
 */
export async function driveFlows(): Promise<RecordedExchange[]> {
  const recorded: RecordedExchange[] = [];
  setMockRecorder((exchange) => recorded.push(exchange));
  try {
    await browserPassword();
    await expiry();
    await accountFlows();
    await native();
    await steps();
    await misc();
  } finally {
    setMockRecorder(undefined);
  }
  return recorded;
}
