import { expect, test } from '@playwright/test';
import { DEMO_URL } from '../playwright.config';
import {
  countOryRequests,
  flowIdOf,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';
import { type MockServer, startMockServer } from './support/mock-server';

// Expiry needs time to pass on the server. Instead of a short lifespan for the shared mock (every other
// journey would race it) or a real wait, this journey starts its own mock with a clock it controls and
// points the demo at it with the dev-only `?ory_url=` override (apps/demo/src/config.ts). Still two
// origins over real HTTP: CORS, cookies and CSRF are as real as in the other journeys.
const FLOW_LIFESPAN_MS = 10 * 60_000;

let mock: MockServer;
let clockSkewMs = 0;

test.beforeAll(async () => {
  mock = await startMockServer({
    port: 0, // any free port: parallel runs and a developer's own mocks never collide
    host: 'localhost',
    uiUrl: DEMO_URL,
    allowedOrigins: [DEMO_URL],
    flowLifespan: FLOW_LIFESPAN_MS,
    now: () => Date.now() + clockSkewMs,
  });
});

test.afterAll(async () => {
  await mock?.close();
});

test.describe('expired flow', () => {
  test('should restart an expired login flow and keep the typed email', async ({ page }) => {
    clockSkewMs = 0;
    const email = uniqueEmail('expired');
    await registerAccount(email, mock.url);
    const counts = countOryRequests(page, mock.url);

    await page.goto(`/login?ory_url=${encodeURIComponent(mock.url)}`);
    await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
    const form = loginForm(page);
    await form.email.fill(email);
    await form.password.fill(PASSWORD);
    await expect(page).toHaveURL(/[?&]flow=/);
    const expiredId = flowIdOf(page);

    clockSkewMs = FLOW_LIFESPAN_MS + 60_000; // the user went for coffee
    await form.submit.click();

    // Kratos answers 410 + use_flow_id; the new flow says why, and only the password has to be typed again.
    await expect(page.getByRole('alert')).toContainText('The login flow expired');
    await expect(page).not.toHaveURL(new RegExp(`flow=${expiredId}`));
    expect(flowIdOf(page)).toBeTruthy();
    await expect(form.email).toHaveValue(email);
    await expect(form.password).toHaveValue('');

    await form.password.fill(PASSWORD);
    await form.submit.click();
    await expect(page.getByTestId('session-identity')).toHaveText(email);
    expect(counts.loginCreate, 'the restart reuses the flow Kratos made, it creates none').toBe(1);
    expect(counts.loginSubmit).toBe(2);
  });
});
