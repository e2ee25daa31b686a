import { expect, type Page, test } from '@playwright/test';
import {
  countOryRequests,
  flowIdOf,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';

// The demo renders under <StrictMode> (apps/demo/src/main.tsx) with React's development build, so effects
// mount twice: these journeys prove the flow is still created once, submitted once, and resumed (not
// re-created) on reload.

/** React reports its build to the DevTools hook: bundleType 1 is development, where StrictMode double-mounts. */
async function recordReactBuild(page: Page): Promise<() => Promise<number | undefined>> {
  await page.addInitScript(() => {
    const target = window as unknown as Record<string, unknown>;
    target.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject(renderer: { bundleType?: number }) {
        target.__reactBundleType = renderer.bundleType;
        return 1;
      },
      onCommitFiberRoot() {},
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      checkDCE() {},
    };
  });
  return () => page.evaluate(() => (window as unknown as { __reactBundleType?: number }).__reactBundleType);
}

test.describe('login requests', () => {
  test('should create the flow once and submit it once under StrictMode', async ({ page }) => {
    const email = uniqueEmail('strict');
    await registerAccount(email);
    const counts = countOryRequests(page);
    const reactBundleType = await recordReactBuild(page);

    await page.goto('/login');
    const form = loginForm(page);
    await form.email.fill(email);
    await form.password.fill(PASSWORD);
    await form.submit.click();
    await expect(page.getByTestId('session-identity')).toHaveText(email);

    expect(await reactBundleType(), 'React development build (StrictMode double-mounts effects)').toBe(1);
    // A second document load (a reload from a dev server, say) would double every count below.
    expect(counts.documents, 'document loads').toBe(1);
    expect(counts.loginCreate, `create requests in ${counts.all.join(', ')}`).toBe(1);
    expect(counts.loginSubmit, `submit requests in ${counts.all.join(', ')}`).toBe(1);
    expect(counts.loginGet, 'the created flow is cached by id, never fetched again').toBe(0);
    test.info().annotations.push({ type: 'requests to the mock', description: counts.all.join(', ') });
  });

  test('should keep the flow id across a reload instead of creating a new flow', async ({ page }) => {
    const email = uniqueEmail('reload');
    await registerAccount(email);
    const counts = countOryRequests(page);

    await page.goto('/login');
    const form = loginForm(page);
    await expect(page).toHaveURL(/[?&]flow=/);
    const flowId = flowIdOf(page);
    await form.email.fill(email);

    await page.reload();
    await expect(form.submit).toBeVisible();
    expect(flowIdOf(page)).toBe(flowId);
    await expect(page.locator('form[data-ory-part="form"]')).toHaveAttribute(
      'action',
      new RegExp(`[?&]flow=${flowId}$`),
    );
    expect(counts.loginCreate, 'creates: only the first load').toBe(1);
    expect(counts.loginGet, 'the reload fetches the flow by id').toBe(1);

    // The resumed flow is the live one: logging in with it works.
    await form.email.fill(email);
    await form.password.fill(PASSWORD);
    await form.submit.click();
    await expect(page.getByTestId('session-identity')).toHaveText(email);
    expect(counts.loginCreate).toBe(1);
    expect(counts.loginSubmit).toBe(1);
  });
});
