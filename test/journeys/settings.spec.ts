import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PASSWORD, registerAccount, uniqueEmail } from './support/journey-kit';
import { codeFromOutbox, settingsSection, signIn, whoami } from './support/self-service-kit';

test.describe('settings journey', () => {
  test('should save a new name and a new email, and mail a verification code to the new address', async ({
    page,
  }) => {
    const email = uniqueEmail('settings');
    await registerAccount(email);
    await page.goto('/login');
    await signIn(page, email, PASSWORD);

    const profile = settingsSection(page, 'Profile');
    const saved = page.getByRole('status');
    await test.step('open settings: one section per method', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
      await expect(page).toHaveURL(/\/settings\?flow=/);
      await expect(profile.getByLabel('E-Mail')).toHaveValue(email);
      await expect(settingsSection(page, 'Password').getByLabel('Password')).toBeVisible();
      await expectNoAxeViolations(page, '/settings');
    });

    await test.step('change the name', async () => {
      await profile.getByLabel('First name').fill('Grace');
      await profile.getByLabel('Last name').fill('Hopper');
      await profile.getByRole('button', { name: 'Save' }).click();
      await expect(saved).toHaveText('Your changes have been saved!');
      await expectNoAxeViolations(page, '/settings profile saved');
      // Reloading shows what Kratos stored, not what is still typed in the inputs.
      await page.reload();
      await expect(profile.getByLabel('First name')).toHaveValue('Grace');
      await expect(profile.getByLabel('Last name')).toHaveValue('Hopper');
    });

    const newEmail = uniqueEmail('settings-new');
    await test.step('change the email: saved, and the new address gets a verification code', async () => {
      await profile.getByLabel('E-Mail').fill(newEmail);
      await profile.getByRole('button', { name: 'Save' }).click();
      await expect(saved).toHaveText('Your changes have been saved!');
      await expect(profile.getByLabel('E-Mail')).toHaveValue(newEmail);
      await codeFromOutbox(newEmail, 'verification_code_valid');
      const identity = await whoami(page);
      expect(identity.traits.email).toBe(newEmail);
      expect(identity.verifiable_addresses).toEqual([
        expect.objectContaining({ value: newEmail, verified: false }),
      ]);
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(newEmail);
    });
  });
});
