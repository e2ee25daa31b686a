import { expect, test } from '@playwright/test';
import { loginForm, PASSWORD, registerAccount, uniqueEmail } from './support/journey-kit';

test.describe('keyboard only', () => {
  test('should log in with Tab, typing and Enter alone', async ({ page }) => {
    const email = uniqueEmail('keyboard');
    await registerAccount(email);
    await page.goto('/login');
    const form = loginForm(page);
    await expect(form.submit).toBeVisible();

    // The first Tab reaches the skip link; Enter jumps past the navigation to the page's content.
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to content' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('main')).toBeFocused();

    await page.keyboard.press('Tab');
    await expect(form.email).toBeFocused();
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await expect(form.password).toBeFocused();
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL('/');
    await expect(page.getByTestId('session-identity')).toHaveText(email);
  });
});
