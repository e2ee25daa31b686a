import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  INVALID_CREDENTIALS,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';
import { codeFromOutbox, settingsSection, signIn } from './support/self-service-kit';

const NEW_PASSWORD = 'violet kettle under seven bridges';

test.describe('recovery journey', () => {
  test('should recover the account by code, set a new password in settings, and sign in with it', async ({
    page,
  }) => {
    // The longest journey (three sign-in attempts, two sign-outs, recovery, settings, four axe scans): 22 s
    // measured on 2 cores shared with other work (load ~10), too close to the 30 s default.
    test.slow();
    const email = uniqueEmail('recover');
    await registerAccount(email);

    await test.step('sign in, then sign out', async () => {
      await page.goto('/login');
      await signIn(page, email, PASSWORD);
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(loginForm(page).submit).toBeVisible();
    });

    const code = page.getByLabel('Recovery code');
    const submit = page.getByRole('button', { name: 'Continue' });
    await test.step('forgot the password: the recovery code is mailed', async () => {
      await page.getByRole('link', { name: 'Forgot your password?' }).click();
      await expect(page).toHaveURL(/\/recovery(\?|$)/);
      await page.getByLabel('Email').fill(email);
      await submit.click();
      await expect(page.getByRole('status')).toContainText(
        'An email containing a recovery code has been sent',
      );
      await expect(code).toBeVisible();
      await expectNoAxeViolations(page, '/recovery code sent');
    });

    await test.step('a wrong code is refused', async () => {
      await code.fill('000000');
      await submit.click();
      await expect(page.getByRole('alert')).toHaveText(
        'The recovery code is invalid or has already been used. Please try again.',
      );
      await expectNoAxeViolations(page, '/recovery wrong code');
    });

    const password = settingsSection(page, 'Password');
    await test.step('the code from the outbox leads to settings (show_settings_ui)', async () => {
      await code.fill(await codeFromOutbox(email, 'recovery_code_valid'));
      await submit.click();
      await expect(page).toHaveURL(/\/settings\?flow=/);
      await expect(page.getByRole('status')).toContainText('You successfully recovered your account.');
      await expect(password.getByLabel('Password')).toBeVisible();
      await expectNoAxeViolations(page, '/settings after recovery');
    });

    await test.step('set a new password', async () => {
      await password.getByLabel('Password').fill(NEW_PASSWORD);
      await password.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(password.getByLabel('Password')).toHaveValue('');
      await expectNoAxeViolations(page, '/settings saved');
    });

    await test.step('sign out: the old password fails, the new one works', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      const form = loginForm(page);
      await form.email.fill(email);
      await form.password.fill(PASSWORD);
      await form.submit.click();
      await expect(page.getByRole('alert')).toHaveText(INVALID_CREDENTIALS);
      await form.password.fill(NEW_PASSWORD);
      await form.submit.click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });
  });
});
