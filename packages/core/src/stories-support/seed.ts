import type { MockFetch } from '@headless-ory/mock';
import type { SeedAccount } from './types';

export const DEFAULT_ACCOUNT: SeedAccount = {
  email: 'ada@example.com',
  password: 'correct horse battery staple',
};

const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

async function expectStatus(response: Response, status: number, what: string): Promise<unknown> {
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status !== status) {
    throw new Error(`${what} failed in the story setup: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

interface FlowBody {
  ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] };
}

/** Registers an account through the mock's native API (no cookies, no UI), as an admin import would. */
export async function seedAccount(mock: MockFetch, account: SeedAccount): Promise<void> {
  const base = mock.mock.options.publicUrl;
  const init = await mock(`${base}/self-service/registration/api`, {
    headers: { Accept: 'application/json' },
  });
  const flow = (await expectStatus(init, 200, 'creating a registration flow')) as FlowBody;
  const done = await mock(flow.ui.action, {
    method: 'POST',
    headers: jsonHeaders,
    body: JSON.stringify({
      method: 'password',
      password: account.password,
      traits: { email: account.email },
    }),
  });
  await expectStatus(done, 200, `registering ${account.email}`);
}

/** Logs in through the browser flow, so the story's cookie jar holds a session cookie like a signed-in tab. */
export async function signInBrowser(mock: MockFetch, account: SeedAccount): Promise<void> {
  const base = mock.mock.options.publicUrl;
  const init = await mock(`${base}/self-service/login/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  const flow = (await expectStatus(init, 200, 'creating a login flow')) as FlowBody;
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value;
  const done = await mock(flow.ui.action, {
    method: 'POST',
    headers: jsonHeaders,
    credentials: 'include',
    body: JSON.stringify({
      method: 'password',
      csrf_token: csrf,
      identifier: account.email,
      password: account.password,
    }),
  });
  await expectStatus(done, 200, `signing in ${account.email}`);
}
