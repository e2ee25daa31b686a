import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, PASSWORD, uniqueEmail } from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { startDemoMock } from './support/self-service-kit';

// Kratos' two-step (`profile_first`) registration through the demo: the profile first, then the credentials, with
// a "Back" (`screen=previous`) that must bring the profile back exactly as typed (Ory Elements #474/#374). The
// journey runs its own mock with that style and points the demo at it with `?ory_url=`.

let mock: MockServer;

test.beforeAll(async () => {
  mock = await startDemoMock({ registrationStyle: 'profile_first' });
});

test.afterAll(async () => {
  await mock?.close();
});

const CHOOSE_CREDENTIAL = 'Please choose a credential to authenticate yourself with.';

interface WhoamiTraits {
  email: string;
  name?: { first?: string; last?: string };
}

test.describe('two-step registration journey', () => {
  test('should keep the profile when going back from the credentials, then sign up', async ({ page }) => {
    test.slow(); // a cold load of the demo, four submits and two axe scans on 2 shared cores
    const email = uniqueEmail('two-step');
    const profile = {
      email: page.getByLabel('E-Mail'),
      first: page.getByLabel('First name'),
      last: page.getByLabel('Last name'),
    };

    await test.step('fill in the profile and continue', async () => {
      await page.goto(`/registration?ory_url=${encodeURIComponent(mock.url)}`);
      await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
      await expect(page.getByLabel('Password')).toHaveCount(0);
      await profile.email.fill(email);
      await profile.first.fill('Grace');
      await profile.last.fill('Hopper');
      await page.getByRole('button', { name: 'Sign up' }).click();
    });

    await test.step('the credentials step, the profile out of sight', async () => {
      await expect(page.getByLabel('Password')).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(CHOOSE_CREDENTIAL);
      await expect(profile.email).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Back' })).toBeVisible();
      await expectNoAxeViolations(page, '/registration credentials step');
    });

    await test.step('back: the profile holds what was typed', async () => {
      await page.getByRole('button', { name: 'Back' }).click();
      await expect(profile.email).toHaveValue(email);
      await expect(profile.first).toHaveValue('Grace');
      await expect(profile.last).toHaveValue('Hopper');
      await expect(page.getByLabel('Password')).toHaveCount(0);
      await expect(page.getByText(CHOOSE_CREDENTIAL)).toHaveCount(0);
      await expectNoAxeViolations(page, '/registration profile step after Back');
    });

    await test.step('continue again, choose a password: signed up and in', async () => {
      await page.getByRole('button', { name: 'Sign up' }).click();
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign up' }).click();
      // Kratos asks to verify the address first; the user is signed in already.
      await expect(page).toHaveURL(/\/verification\?flow=/);
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
    });

    await test.step('the account holds the profile as typed', async () => {
      const response = await page.request.get(`${mock.url}/sessions/whoami`, {
        headers: { Accept: 'application/json' },
      });
      expect(response.status(), 'whoami').toBe(200);
      const { identity } = (await response.json()) as { identity: { traits: WhoamiTraits } };
      expect(identity.traits).toEqual({ email, name: { first: 'Grace', last: 'Hopper' } });
    });
  });
});
