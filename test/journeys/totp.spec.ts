import { expect, type Page, test } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { MOCK_URL } from '../playwright.config';
import {
  expectNoAxeViolations,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';
import { signIn } from './support/self-service-kit';

// Second factors through the demo: pair an authenticator app and save backup codes in /settings, then every
// password login asks for one of them (aal2). Needs the mock started with `--methods password,totp,lookup_secret`.

/** What an authenticator app shows for the secret right now. */
function totpCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate();
}

/** A settings section by its heading ("Authenticator app", "Backup recovery codes"). */
function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  // Signing out lands on /login in the same SPA session: a new login flow, not the completed one.
  await expect(page).toHaveURL(/\/login/);
  await expect(loginForm(page).submit).toBeVisible();
}

/** A password login that the mock answers with the aal2 step: the app's /login?aal=aal2. */
async function passwordThenSecondFactor(page: Page, email: string): Promise<void> {
  const form = loginForm(page);
  await form.email.fill(email);
  await form.password.fill(PASSWORD);
  await form.submit.click();
  await expect(page).toHaveURL(/\/login\?(.*&)?aal=aal2/);
  await expect(page.getByRole('heading', { level: 2, name: 'Second factor' })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Please complete the second authentication challenge.');
}

async function assuranceLevel(page: Page): Promise<string> {
  const response = await page.request.get(`${MOCK_URL}/sessions/whoami`, {
    headers: { Accept: 'application/json' },
  });
  const body = (await response.json()) as { authenticator_assurance_level?: string; error?: { id: string } };
  return body.authenticator_assurance_level ?? body.error?.id ?? String(response.status());
}

/** A new account, signed in through the demo, on its settings page. */
async function signedInSettings(page: Page, label: string): Promise<string> {
  const email = uniqueEmail(label);
  await registerAccount(email);
  await page.goto('/login');
  await signIn(page, email, PASSWORD);
  await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\?flow=/);
  return email;
}

// Two tests rather than one long story. Each signs in two or three times and scans with axe; on 2 cores
// shared with other work that takes 10-20 s, so the budget is twice the default 30 s.
test.describe('second factor journey', () => {
  test.describe.configure({ timeout: 60_000 });

  test('should pair an authenticator app in settings, then ask for its code after the password', async ({
    page,
  }) => {
    const email = await signedInSettings(page, 'totp');
    const authenticator = section(page, 'Authenticator app');
    let secret = '';
    await test.step('pair an authenticator app from the QR code’s secret', async () => {
      await expect(authenticator.getByRole('img', { name: 'Authenticator app QR code' })).toBeVisible();
      const shown = authenticator.locator('[data-ory-name="totp_secret_key"] [data-ory-part="text-value"]');
      secret = ((await shown.textContent()) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      await expectNoAxeViolations(page, '/settings with TOTP pairing');
      await authenticator.getByLabel('Verify code').fill(totpCode(secret));
      await authenticator.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(
        authenticator.getByRole('button', { name: 'Unlink TOTP Authenticator App' }),
      ).toBeVisible();
      expect(await assuranceLevel(page)).toBe('aal2');
    });

    await test.step('sign out; a password login now asks for the authenticator code', async () => {
      await signOut(page);
      await passwordThenSecondFactor(page, email);
      expect(await assuranceLevel(page)).toBe('session_aal2_required');
      await expect(page.getByLabel('Backup recovery code')).toHaveCount(0);
      await expectNoAxeViolations(page, '/login?aal=aal2');
      await page.getByLabel('Authentication code').fill(totpCode(secret));
      await page.getByRole('button', { name: 'Use Authenticator' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect(await assuranceLevel(page)).toBe('aal2');
    });
  });

  test('should save backup codes in settings; at login a backup code works once, not twice', async ({
    page,
  }) => {
    const email = await signedInSettings(page, 'lookup');
    const backup = section(page, 'Backup recovery codes');
    let codes: string[] = [];
    await test.step('generate backup codes, then confirm them', async () => {
      await backup.getByRole('button', { name: 'Generate new backup recovery codes' }).click();
      const items = backup.locator('[data-ory-part="text-item"]');
      await expect(items).toHaveCount(12);
      codes = (await items.allTextContents()).map((code) => code.trim());
      for (const code of codes) expect(code).toMatch(/^[a-z0-9]{8}$/);
      await expectNoAxeViolations(page, '/settings with backup codes shown');
      await backup.getByRole('button', { name: 'Confirm backup recovery codes' }).click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(backup.getByRole('button', { name: 'Reveal backup recovery codes' })).toBeVisible();
    });

    await test.step('a backup code completes the second factor', async () => {
      await signOut(page);
      await passwordThenSecondFactor(page, email);
      await page.getByLabel('Backup recovery code').fill(codes[0] ?? '');
      await page.getByRole('button', { name: 'Use backup recovery code' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect(await assuranceLevel(page)).toBe('aal2');
    });

    await test.step('settings reveal the codes, the used one as used', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
      await backup.getByRole('button', { name: 'Reveal backup recovery codes' }).click();
      const items = backup.locator('[data-ory-part="text-item"]');
      await expect(items).toHaveCount(12);
      await expect(items.first()).toHaveText(/^Secret was used at \d{4}-\d\d-\d\d /);
      await expect(items.nth(1)).toHaveText(codes[1] ?? '');
    });

    await test.step('the same backup code does not work twice', async () => {
      await signOut(page);
      await passwordThenSecondFactor(page, email);
      await page.getByLabel('Backup recovery code').fill(codes[0] ?? '');
      await page.getByRole('button', { name: 'Use backup recovery code' }).click();
      await expect(page.getByRole('alert')).toHaveText('This backup recovery code has already been used.');
      await expect(page).toHaveURL(/\/login\?/);
      expect(await assuranceLevel(page)).toBe('session_aal2_required');
      await expectNoAxeViolations(page, '/login?aal=aal2 with a used backup code');
    });

    await test.step('the second-factor page itself offers a way out: sign out', async () => {
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login(\?flow=[^&]*)?$/);
      await expect(loginForm(page).submit).toBeVisible();
      await expect.poll(() => assuranceLevel(page)).not.toBe('session_aal2_required');
      await passwordThenSecondFactor(page, email);
    });

    await test.step('stuck at the second factor, the session page offers a way out: sign out', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await expect(page.getByRole('link', { name: 'Complete the second factor' })).toBeVisible();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(page).toHaveURL(/\/login/);
      await expect.poll(() => assuranceLevel(page)).not.toBe('session_aal2_required');
      await passwordThenSecondFactor(page, email);
    });

    await test.step('settings at aal1 ask for the second factor first (403 session_aal2_required)', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
      await expect(page).toHaveURL(/\/login\?(.*&)?aal=aal2/);
      await page.getByLabel('Backup recovery code').fill(codes[2] ?? '');
      await page.getByRole('button', { name: 'Use backup recovery code' }).click();
      // Where the app lands next is the core's choice (Kratos names no return_to here); the session is aal2.
      await expect.poll(() => assuranceLevel(page)).toBe('aal2');
    });
  });
});
