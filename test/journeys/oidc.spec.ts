import { expect, type Page, test } from '@playwright/test';
import { DEMO_URL } from '../playwright.config';
import { loginForm, uniqueEmail } from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { startDemoMock } from './support/self-service-kit';

// Social sign-in through the demo and the mock's fake OpenID Connect provider: a plain HTML consent page on the
// mock's origin, so the browser really leaves the app and comes back through Kratos' callback. The journey runs
// its own mock with `methods: { oidc: true }` (providers GitHub and Google) and points the demo at it with
// `?ory_url=`; Kratos' redirects after the callback are full page loads, so `return_to` carries the pointer too.

let mock: MockServer;
let pointer: string;

test.beforeAll(async () => {
  mock = await startDemoMock({ methods: { oidc: true } });
  pointer = `ory_url=${encodeURIComponent(mock.url)}`;
});

test.afterAll(async () => {
  await mock?.close();
});

interface Account {
  sub: string;
  email: string;
}

function newAccount(label: string): Account {
  const email = uniqueEmail(label);
  return { sub: email.split('@')[0] ?? label, email };
}

/** A demo page talking to this journey's mock, coming back to the session page (with the pointer) after success. */
async function open(page: Page, route: 'login' | 'registration'): Promise<void> {
  const returnTo = encodeURIComponent(`${DEMO_URL}/?${pointer}`);
  await page.goto(`/${route}?${pointer}&return_to=${returnTo}`);
  await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
}

/** On the fake provider's page: fill in what the provider tells the app, then allow or deny. */
async function consent(page: Page, provider: string, account: Account, decision: 'Allow' | 'Deny' = 'Allow') {
  await expect(page).toHaveURL(new RegExp(`^${mock.url}/__mock/oidc/${provider.toLowerCase()}/authorize\\?`));
  await expect(page.getByRole('heading', { level: 1, name: `Sign in with ${provider}` })).toBeVisible();
  await page.getByLabel('Account ID (subject)').fill(account.sub);
  await page.getByLabel(/^Email/).fill(account.email);
  await page.getByRole('button', { name: decision }).click();
}

test.describe('oidc journey', () => {
  test('should sign up through the fake provider from the login page, then sign in with it', async ({
    page,
  }) => {
    const account = newAccount('oidc');
    await open(page, 'login');
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
    await consent(page, 'GitHub', account);
    // A subject the mock has never seen: Kratos registers it and signs it in.
    await expect(page.getByTestId('session-identity')).toHaveText(account.email);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(loginForm(page).submit).toBeVisible();
    await open(page, 'login');
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
    await consent(page, 'GitHub', account);
    await expect(page.getByTestId('session-identity')).toHaveText(account.email);
  });

  test('should ask on the registration page for the email the provider did not share', async ({ page }) => {
    const account = newAccount('oidc-no-email');
    await open(page, 'registration');
    await page.getByRole('button', { name: 'Sign up with Google' }).click();
    await consent(page, 'Google', { ...account, email: '' });

    await expect(page).toHaveURL(/\/registration\?(.*&)?flow=/);
    await expect(page.getByText('Property email is missing.')).toBeVisible();
    await page.getByLabel('E-Mail').fill(account.email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await consent(page, 'Google', { ...account, email: '' });
    await expect(page.getByTestId('session-identity')).toHaveText(account.email);
  });

  test('should come back to the login page with the error when the user denies', async ({ page }) => {
    await open(page, 'login');
    await page.getByRole('button', { name: 'Sign in with GitHub' }).click();
    await consent(page, 'GitHub', newAccount('oidc-deny'), 'Deny');
    await expect(page).toHaveURL(/\/login\?(.*&)?flow=/);
    await expect(page.getByRole('alert')).toContainText('"access_denied"');
    await expect(loginForm(page).submit).toBeVisible();
  });
});
