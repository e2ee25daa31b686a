import { expect, test } from '@playwright/test';
import { countOryRequests, loginForm, PASSWORD, registerAccount, uniqueEmail } from './support/journey-kit';
import { signIn } from './support/self-service-kit';

// A shared computer, or a user who signed out by mistake: signing in twice in one tab, with no reload between.
// A completed login flow can never be submitted again (Kratos answers 4010007), so the second visit of /login
// needs a flow of its own.
test.describe('sign in again', () => {
  test('should sign in again after signing out, in the same tab', async ({ page }) => {
    const email = uniqueEmail('again');
    await registerAccount(email);
    const counts = countOryRequests(page);

    await page.goto('/login');
    await signIn(page, email, PASSWORD);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(loginForm(page).submit).toBeVisible();
    await expect.poll(() => counts.loginCreate, 'a new login flow for the second visit of /login').toBe(2);

    await signIn(page, email, PASSWORD);
    expect(counts.documents, 'no reload in between').toBe(1);
  });
});
