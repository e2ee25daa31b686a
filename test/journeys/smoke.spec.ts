import { expect, test } from '@playwright/test';

test.describe('demo smoke', () => {
  test('should show the login page heading and the backend in use', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('backend-url')).toHaveText('http://localhost:4433');
  });
});
