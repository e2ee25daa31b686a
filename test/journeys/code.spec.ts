import { expect, type Page, test } from '@playwright/test';
import { DEMO_URL } from '../playwright.config';
import { loginForm, registerAccount, uniqueEmail } from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { codeFromOutbox, outbox, startDemoMock, whoami } from './support/self-service-kit';

// Passwordless sign-in by one-time code through the demo, the code read from the courier outbox
// (GET <mock>/__mock/courier). The journey runs its own mock with `methods: { code: true }` and points the demo
// at it with `?ory_url=`: turning code on in the shared mock would add buttons every other journey's form sees.

const CODE_SENT = /^A code was sent to the address you provided\./;

let mock: MockServer;

test.beforeAll(async () => {
  mock = await startDemoMock({ methods: { code: true } });
});

test.afterAll(async () => {
  await mock?.close();
});

async function askForCode(page: Page, email: string): Promise<void> {
  await page.goto(`/login?ory_url=${encodeURIComponent(mock.url)}`);
  await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
  await loginForm(page).email.fill(email);
  await page.getByRole('button', { name: 'Send sign in code' }).click();
  await expect(page.getByRole('status').filter({ hasText: CODE_SENT })).toBeVisible();
  await expect(page.getByLabel('Login code')).toBeVisible();
}

test.describe('code journey', () => {
  // The "code sent" form carries `method=code` twice (a hidden node and the Continue button): the library must
  // send it once, as Kratos decodes `method` as a string.

  test('should sign in with the code the courier sent', async ({ page }) => {
    const email = uniqueEmail('code');
    await registerAccount(email, mock.url);
    await askForCode(page, email);
    // The identifier stays in the form as a hidden field; only the code is asked for.
    await expect(loginForm(page).email).toBeHidden();
    const code = await codeFromOutbox(email, 'login_code_valid', mock.url);
    await page.getByLabel('Login code').fill(code);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page).toHaveURL(`${DEMO_URL}/`);
    await expect(page.getByTestId('session-identity')).toHaveText(email);
    // Proving the address by code also verifies it.
    const identity = await whoami(page, mock.url);
    expect(identity.verifiable_addresses[0]).toMatchObject({ value: email, verified: true });
  });

  test('should refuse a wrong code, then sign in with a resent one', async ({ page }) => {
    const email = uniqueEmail('code-resend');
    await registerAccount(email, mock.url);
    await askForCode(page, email);
    const first = await codeFromOutbox(email, 'login_code_valid', mock.url);
    await page.getByLabel('Login code').fill(first === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'The login code is invalid or has already been used. Please try again.',
    );

    await page.getByRole('button', { name: 'Resend code' }).click();
    await expect(page.getByRole('status').filter({ hasText: CODE_SENT })).toBeVisible();
    const loginCodes = async () =>
      (await outbox(email, mock.url)).filter((m) => m.template_type === 'login_code_valid');
    await expect.poll(async () => (await loginCodes()).length).toBe(2);
    const second = await codeFromOutbox(email, 'login_code_valid', mock.url);
    await page.getByLabel('Login code').fill(second);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByTestId('session-identity')).toHaveText(email);
  });
});
