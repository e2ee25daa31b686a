import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, INVALID_CREDENTIALS, loginForm, uniqueEmail } from './support/journey-kit';

test.describe('language menu', () => {
  test('should load the chosen locale on demand, translate Kratos’ messages and remember the choice', async ({
    page,
  }) => {
    const localeChunks: string[] = [];
    page.on('request', (request) => {
      const file = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (/^(de|es|fr|ja)[-.]/.test(file)) localeChunks.push(file);
    });
    await page.goto('/login');
    const english = loginForm(page);
    await expect(english.submit).toBeVisible();
    // English is Kratos' own text: no locale module is fetched until somebody picks another language.
    expect(localeChunks).toEqual([]);

    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('button', { name: 'Mit Passwort anmelden' })).toBeVisible();
    expect(localeChunks).toHaveLength(1);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.getByLabel('E-Mail').fill(uniqueEmail('language'));
    await page.getByLabel('Passwort').fill('not the password');
    await page.getByRole('button', { name: 'Mit Passwort anmelden' }).click();
    await expect(page.getByRole('alert')).toContainText('Die Anmeldedaten sind ungültig.');
    await expectNoAxeViolations(page, '/login in German');

    await page.reload();
    await expect(page.getByLabel('Language')).toHaveValue('de');
    await expect(page.getByRole('button', { name: 'Mit Passwort anmelden' })).toBeVisible();

    await page.getByLabel('Language').selectOption('en');
    await expect(english.submit).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await english.email.fill(uniqueEmail('language'));
    await english.password.fill('not the password');
    await english.submit.click();
    await expect(page.getByRole('alert')).toContainText(INVALID_CREDENTIALS);
  });
});
