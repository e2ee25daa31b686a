import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/journey-kit';

// Kratos sends browsers to the error UI with ?id= when it cannot show an error inside a flow.
test.describe('error page', () => {
  test('should show the error Kratos stored, and an error (not a blank page) for an unknown id', async ({
    page,
  }) => {
    const alert = page.getByRole('alert');

    await test.step('the stub error', async () => {
      await page.goto('/error?id=stub:500');
      await expect(page.getByRole('heading', { level: 1, name: 'Error' })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: 'Something went wrong' })).toBeVisible();
      await expect(alert.getByRole('paragraph')).toHaveText([
        'An internal server error occurred, please contact the system administrator',
        'This is a stub error.',
        'Error 500 (Internal Server Error)',
      ]);
      await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
      await expectNoAxeViolations(page, '/error?id=stub:500');
    });

    await test.step('an id Kratos does not know', async () => {
      await page.goto('/error?id=00000000-0000-4000-8000-000000000000');
      // Kratos answers 404: the page says so instead of staying blank or loading forever.
      await expect(alert).toHaveText('Unable to locate the resource');
      await expect(page.getByRole('link', { name: 'Home' })).toBeVisible();
    });
  });
});
