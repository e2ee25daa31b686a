import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations, PASSWORD, uniqueEmail } from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { startDemoMock } from './support/self-service-kit';

// Kratos' `identifier_first` login style through the demo: the login page asks for the identifier alone, then
// offers the ways to sign in for it (password, or a code by email). The journey runs its own mock with that style
// and the code method on, and points the demo at it with `?ory_url=`; the shared mock keeps the unified form.

let mock: MockServer;

test.beforeAll(async () => {
  mock = await startDemoMock({ loginStyle: 'identifier_first', methods: { password: true, code: true } });
});

test.afterAll(async () => {
  await mock?.close();
});

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Flows' });
}

test.describe('identifier first journey', () => {
  test('should register, sign out, then sign in with the identifier first and the password second', async ({
    page,
  }) => {
    test.slow(); // a cold load of the demo, two flows, two axe scans on 2 shared cores
    const email = uniqueEmail('idfirst');

    await test.step('register through the demo', async () => {
      await page.goto(`/registration?ory_url=${encodeURIComponent(mock.url)}`);
      await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
      await page.getByLabel('E-Mail').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign up', exact: true }).click();
      // Kratos asks to verify the address first; the user is signed in already.
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await nav(page).getByRole('link', { name: 'Session' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });

    await test.step('sign out: the login page asks for the identifier only', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(page.getByRole('button', { name: 'Continue' })).toBeVisible();
      await expect(page.getByLabel('E-Mail')).toBeVisible();
      await expect(page.getByLabel('Password')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Send sign in code' })).toHaveCount(0);
      await expectNoAxeViolations(page, '/login identifier step');
    });

    await test.step('continue: the ways to sign in for that identifier', async () => {
      await page.getByLabel('E-Mail').fill(email);
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect(page.getByLabel('Password')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Send sign in code' })).toBeVisible();
      // The identifier is not asked again; it travels on as a hidden field.
      await expect(page.getByLabel('E-Mail')).toHaveCount(0);
      await expect(page.locator('input[type="hidden"][name="identifier"]')).toHaveValue(email);
      await expectNoAxeViolations(page, '/login method choice step');
    });

    await test.step('choose the password: signed in', async () => {
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in with password' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });
  });

  test('should give an unknown address the same second step, then refuse its password', async ({ page }) => {
    const email = uniqueEmail('idfirst-wrong');
    await page.goto(`/login?ory_url=${encodeURIComponent(mock.url)}`);
    await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
    // No account enumeration: the page tells nobody whether an account exists before a credential is tried.
    await page.getByLabel('E-Mail').fill(email);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in with password' }).click();
    await expect(page.getByRole('alert')).toContainText('The provided credentials are invalid');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByTestId('session-identity')).toHaveCount(0);
  });
});
