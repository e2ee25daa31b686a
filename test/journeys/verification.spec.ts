import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PASSWORD, uniqueEmail } from './support/journey-kit';
import { codeFromOutbox, whoami } from './support/self-service-kit';

test.describe('verification journey', () => {
  test('should verify the new address with the code from the outbox right after registering', async ({
    page,
  }) => {
    const email = uniqueEmail('verify');

    await test.step('register', async () => {
      await page.goto('/registration');
      await page.getByLabel('E-Mail').fill(email);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign up' }).click();
    });

    const code = page.getByLabel('Verification code');
    const submit = page.getByRole('button', { name: 'Continue' });
    await test.step('Kratos asks for the code it mailed (show_verification_ui)', async () => {
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await expect(page.getByRole('heading', { level: 2, name: 'Verify your email' })).toBeVisible();
      await expect(page.getByRole('status')).toContainText(
        'An email containing a verification code has been sent',
      );
      await expect(code).toBeVisible();
      await expectNoAxeViolations(page, '/verification code sent');
    });

    await test.step('a wrong code is refused and the form stays', async () => {
      await code.fill('000000');
      await submit.click();
      await expect(page.getByRole('alert')).toHaveText(
        'The verification code is invalid or has already been used. Please try again.',
      );
      await expect(code).toBeVisible();
      await expectNoAxeViolations(page, '/verification wrong code');
    });

    await test.step('the code from the outbox verifies the address', async () => {
      await code.fill(await codeFromOutbox(email, 'verification_code_valid'));
      await submit.click();
      await expect(page.getByRole('status')).toHaveText('You successfully verified your email address.');
      await expect(code).toBeHidden();
      await expect(page.getByRole('link', { name: 'Continue' })).toBeVisible();
      await expectNoAxeViolations(page, '/verification verified');
    });

    await test.step('the session knows the address as verified', async () => {
      // The demo's session page shows no verification state: ask Kratos with the browser's own cookies.
      const identity = await whoami(page);
      expect(identity.traits.email).toBe(email);
      expect(identity.verifiable_addresses).toEqual([
        expect.objectContaining({ value: email, verified: true, status: 'completed' }),
      ]);
      await page.getByRole('link', { name: 'Continue' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });
  });
});
