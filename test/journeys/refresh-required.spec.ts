import { expect, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  flowIdOf,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { settingsSection, signIn, startDemoMock } from './support/self-service-kit';

// The privileged window has to pass on the server. Like expired-flow.spec.ts, this journey runs its own mock with
// a clock it controls and points the demo at it with `?ory_url=`; still two origins over real HTTP.
const PRIVILEGED_WINDOW_MS = 5 * 60_000;
const NEW_PASSWORD = 'amber lantern over quiet harbour';

let mock: MockServer;
let clockSkewMs = 0;

test.beforeAll(async () => {
  mock = await startDemoMock({
    privilegedSessionMaxAge: PRIVILEGED_WINDOW_MS,
    now: () => Date.now() + clockSkewMs,
  });
});

test.afterAll(async () => {
  await mock?.close();
});

test.describe('privileged session', () => {
  test('should ask to confirm it is you once the window has passed, then apply the change in settings', async ({
    page,
  }) => {
    // Two cold loads of the demo's development bundle (the sign-in, then Kratos' 303 back to settings), three
    // sign-ins and two axe scans: 14-30 s measured on 2 cores shared with other work (load 10-16).
    test.slow();
    clockSkewMs = 0;
    const email = uniqueEmail('refresh');
    await registerAccount(email, mock.url);

    await page.goto(`/login?ory_url=${encodeURIComponent(mock.url)}`);
    await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
    await signIn(page, email, PASSWORD);

    const password = settingsSection(page, 'Password');
    let settingsFlowId: string | null = null;
    await test.step('open settings while the sign-in is fresh', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
      await expect(page).toHaveURL(/\/settings\?flow=/);
      await expect(password.getByLabel('Password')).toBeVisible();
      settingsFlowId = flowIdOf(page);
    });

    await test.step('after the window, changing the password asks to confirm it is you', async () => {
      clockSkewMs = PRIVILEGED_WINDOW_MS + 60_000;
      await password.getByLabel('Password').fill(NEW_PASSWORD);
      await password.getByRole('button', { name: 'Save' }).click();
      // 403 session_refresh_required → Kratos' refresh login, mapped onto the app's /login route.
      await expect(page).toHaveURL(/\/login\?(.*&)?refresh=true/);
      await expect(page.getByRole('heading', { level: 2, name: 'Confirm it’s you' })).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(
        'Please confirm this action by verifying that it is you.',
      );
      await expectNoAxeViolations(page, '/login?refresh=true');
    });

    await test.step('the current password confirms it, and settings show the change applied', async () => {
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      // Kratos replays the paused change on its return_to and 303s to the settings UI with the same flow.
      await expect(page).toHaveURL(/\/settings\?(.*&)?flow=/);
      expect(flowIdOf(page)).toBe(settingsFlowId);
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expectNoAxeViolations(page, '/settings after refresh');
    });

    await test.step('the new password signs in', async () => {
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await page.getByRole('button', { name: 'Sign out' }).click();
      await expect(loginForm(page).submit).toBeVisible();
      await signIn(page, email, NEW_PASSWORD);
    });
  });
});
