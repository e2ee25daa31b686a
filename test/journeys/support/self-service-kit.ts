// Pieces of the settings / recovery / verification journeys: the mock's outbox, whoami as the browser sees it,
// signing in through the demo, and a mock of one's own that Kratos' browser redirects bring back to.
import { createServer } from 'node:net';
import { expect, type Page } from '@playwright/test';
import { DEMO_URL, MOCK_URL } from '../../playwright.config';
import { loginForm } from './journey-kit';
import { type MockServer, startMockServer } from './mock-server';

type MockServerOptions = NonNullable<Parameters<typeof startMockServer>[0]>;

interface OutboxMessage {
  to: string;
  subject: string;
  code?: string;
  template_type: string;
}

/** The messages the mock's courier "sent" to one address, oldest first. */
export async function outbox(email: string, mockUrl = MOCK_URL): Promise<OutboxMessage[]> {
  const response = await fetch(`${mockUrl}/__mock/courier?to=${encodeURIComponent(email)}`);
  expect(response.status, 'GET /__mock/courier').toBe(200);
  return (await response.json()) as OutboxMessage[];
}

/** The code of the newest message of one kind (e.g. `verification_code_valid`) to the address. */
export async function codeFromOutbox(email: string, template: string, mockUrl = MOCK_URL): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(
      async () => {
        code = (await outbox(email, mockUrl)).filter((m) => m.template_type === template).at(-1)?.code;
        return code;
      },
      { message: `a ${template} message to ${email}` },
    )
    .toMatch(/^\d{6}$/);
  return code as string;
}

interface WhoamiAddress {
  value: string;
  verified: boolean;
  status: string;
}

/** `/sessions/whoami` with the browser context's cookies: what Kratos knows about the signed-in user. */
export async function whoami(page: Page, mockUrl = MOCK_URL) {
  const response = await page.request.get(`${mockUrl}/sessions/whoami`, {
    headers: { Accept: 'application/json' },
  });
  expect(response.status(), 'whoami').toBe(200);
  const session = (await response.json()) as {
    identity: { traits: { email: string }; verifiable_addresses: WhoamiAddress[] };
  };
  return session.identity;
}

/** Signs in through the demo's login page (already open) and waits for the session page. */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  const form = loginForm(page);
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
  await expect(page.getByTestId('session-identity')).toHaveText(email);
}

/** One method's section of the settings drop-in ("Profile", "Password"), by its heading. */
export function settingsSection(page: Page, name: 'Profile' | 'Password') {
  return page.getByRole('region', { name, exact: true });
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, 'localhost', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

/**
 * A mock of the journey's own (its own clock, its own privileged window) that the demo talks to through the
 * dev-only `?ory_url=`. Kratos' browser redirects (a 303 to the settings UI after a refresh login) load the demo
 * afresh, so every UI route it sends the browser to carries `?ory_url=` back to this mock; for that the port is
 * picked before the mock starts.
 */
export async function startDemoMock(options: MockServerOptions = {}): Promise<MockServer> {
  const port = await freePort();
  const pointer = `?ory_url=${encodeURIComponent(`http://localhost:${port}`)}`;
  const uiRoutes = Object.fromEntries(
    ['login', 'registration', 'settings', 'recovery', 'verification', 'error'].map((name) => [
      name,
      `/${name}${pointer}`,
    ]),
  );
  return startMockServer({
    host: 'localhost',
    uiUrl: DEMO_URL,
    allowedOrigins: [DEMO_URL],
    uiRoutes,
    ...options,
    port,
  });
}
