import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  INVALID_CREDENTIALS,
  loginForm,
  PASSWORD,
  uniqueEmail,
} from './support/journey-kit';

test.describe('account journey', () => {
  test('should register, show the session, log out, keep the email after a wrong password, and log in', async ({
    page,
  }) => {
    const email = uniqueEmail('journey');

    await test.step('register', async () => {
      await page.goto('/registration');
      await expect(page.getByRole('heading', { level: 1, name: 'Registration' })).toBeVisible();
      await page.getByLabel('E-Mail').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByLabel('First name').fill('Ada');
      await page.getByRole('button', { name: 'Sign up' }).click();
    });

    await test.step('Kratos asks to verify the address; the session page shows the email', async () => {
      // Like Kratos with verification on, the mock answers continue_with [redirect_browser_to,
      // show_verification_ui]: the library shows the verification flow first. The user is signed in already.
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await expect(page).toHaveURL('/');
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      await expectNoAxeViolations(page, '/ signed in'); // the one page a11y.spec.ts cannot reach
    });

    await test.step('log out', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login(\?|$)/);
      await expect(loginForm(page).submit).toBeVisible();
    });

    const form = loginForm(page);
    await test.step('a wrong password shows the error and keeps the email', async () => {
      await form.email.fill(email);
      await form.password.fill('not the right password');
      await form.submit.click();
      await expect(page.getByRole('alert')).toHaveText(INVALID_CREDENTIALS);
      await expect(form.email).toHaveValue(email);
      await expect(form.password).toHaveValue('');
    });

    await test.step('log in', async () => {
      await form.password.fill(PASSWORD);
      await form.submit.click();
      await expect(page).toHaveURL('/');
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });
  });
});
