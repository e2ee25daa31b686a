import { expect, type Page, test } from '@playwright/test';
import { MOCK_URL } from '../playwright.config';
import {
  chooseTheme,
  expectNoAxeViolations,
  INVALID_CREDENTIALS,
  loginForm,
  THEMES,
  type ThemeName,
  uniqueEmail,
} from './support/journey-kit';

// Every page and state of the demo gets one axe scan somewhere in the journeys: here the signed-out pages
// (in both themes where a theme styles them), the signed-in session page in account-journey.spec.ts.

/** In-app navigation the way the demo's router and the library do it: History API + popstate, no reload. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The flow pages, the only ones the themes style: the forms as they load, and with a field-level error. */
async function scanFlowPages(page: Page, theme: ThemeName): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Flows' });
  await nav.getByRole('link', { name: 'Login' }).click();
  await expect(loginForm(page).submit).toBeVisible();
  await expectNoAxeViolations(page, `/login (${theme})`);

  await nav.getByRole('link', { name: 'Registration' }).click();
  const signUp = page.getByRole('button', { name: 'Sign up' });
  await expect(signUp).toBeVisible();
  await expectNoAxeViolations(page, `/registration (${theme})`);
  // A breached password: the message must be tied to its input (aria-invalid + aria-describedby).
  await page.getByLabel('E-Mail').fill(uniqueEmail('a11y'));
  await page.getByLabel('Password').fill('password123');
  await signUp.click();
  await expect(page.getByLabel('Password')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Password')).toHaveAccessibleDescription(/found in data breaches/);
  await expectNoAxeViolations(page, `/registration with a field error (${theme})`);
}

test.describe('accessibility', () => {
  test('should have no axe violations on any demo page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByTestId('backend-url')).toHaveText(MOCK_URL);
    await expect(page.getByTestId('signed-out')).toBeVisible();
    await expectNoAxeViolations(page, '/ signed out');

    await scanFlowPages(page, 'plain');

    const nav = page.getByRole('navigation', { name: 'Flows' });
    const h1 = page.getByRole('heading', { level: 1 });
    for (const [link, heading, title] of [
      ['Recovery', 'Recovery', 'Recover your account'],
      ['Verification', 'Verification', 'Verify your email'],
    ] as const) {
      await nav.getByRole('link', { name: link }).click();
      await expect(h1).toHaveText(heading);
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
      await expectNoAxeViolations(page, link);
    }
    // Settings need a session: signed out, the drop-in sends the user to sign in and back afterwards.
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page).toHaveURL(/\/login\?return_to=.*settings/);
    await expect(h1).toHaveText('Login');
    // Reachable only through redirects: no navigation link. An unknown id is an error about the error.
    await goInApp(page, '/error?id=9f2a');
    await expect(h1).toHaveText('Error');
    await expect(page.getByRole('alert')).toBeVisible();
    await expectNoAxeViolations(page, '/error');
    await goInApp(page, '/no-such-page');
    await expect(h1).toHaveText('Page not found');
    await expectNoAxeViolations(page, 'not found');

    await chooseTheme(page, 'ory-like');
    await scanFlowPages(page, 'ory-like');
  });

  test('should show the wrong-credentials error legibly in both themes (screenshots)', async ({
    page,
  }, testInfo) => {
    await page.goto('/login');
    const form = loginForm(page);
    await form.email.fill('nobody@example.com');
    await form.password.fill('not the right password');
    await form.submit.click();
    await expect(page.getByRole('alert')).toHaveText(INVALID_CREDENTIALS);
    await expect(form.email).toHaveValue('nobody@example.com');

    for (const theme of THEMES) {
      await chooseTheme(page, theme);
      await page.getByLabel('Theme').blur(); // the screenshot should show the page, not a focused select
      await expectNoAxeViolations(page, `/login wrong credentials (${theme})`);
      const path = testInfo.outputPath(`login-wrong-credentials-${theme}.png`);
      await page.screenshot({ path, fullPage: true });
      await testInfo.attach(`login-wrong-credentials-${theme}`, { path, contentType: 'image/png' });
    }
  });
});
