import { createMockFetch } from '@headless-ory/mock';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginFlow } from '../flows/login-flow';
import { SettingsFlow } from '../flows/settings-flow';
import { MOCK_URL, renderWithOry } from '../test-utils/render-with-ory';

/**
 * The library navigates only to targets that came from the server or to the app's configured routes, and never to a
 * URL that runs script or loads a document from data: — whatever a compromised or misconfigured server sends in
 * `redirect_browser_to`, `continue_with`, `return_to` or `details.redirect_to`.
 */
type MockFetch = ReturnType<typeof createMockFetch>;

const hostileTargets = [
  'javascript:alert(document.cookie)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '\u0000javascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/phish',
  '\\\\evil.example/phish',
  '/\\evil.example/phish',
];

/** What a navigate target may be: an http(s) URL or a path on this origin (not `//host`, not `/\host`). */
function isSafeTarget(url: unknown): boolean {
  if (typeof url !== 'string') return false;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what make a URL ambiguous
  const hasControl = /[\u0000-\u001f]/.test(url);
  return !hasControl && /^(?:https?:\/\/[^/\\]|\/(?![/\\]))/i.test(url);
}

const session = {
  id: 'session-id',
  active: true,
  identity: { id: 'identity-id', traits: { email: 'ada@example.com' } },
};

async function browserLoginFlow(mockFetch: MockFetch): Promise<Record<string, unknown>> {
  const init = await mockFetch(`${MOCK_URL}/self-service/login/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  return (await init.json()) as Record<string, unknown>;
}

async function submitLogin(): Promise<void> {
  const user = userEvent.setup();
  await user.type(await screen.findByLabelText('E-Mail', {}, { timeout: 3000 }), 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');
  await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe.each(hostileTargets.map((target) => [JSON.stringify(target), target]))(
  'navigation with the hostile target %s',
  (_name, target) => {
    const expectOnlySafeNavigation = async (view: ReturnType<typeof renderWithOry>) => {
      // The user is not left on a spinner: the library goes to a configured route instead.
      await waitFor(() => expect(view.navigate).toHaveBeenCalled());
      for (const [url] of view.navigate.mock.calls)
        expect(url, `navigate(${JSON.stringify(url)})`).toSatisfy(isSafeTarget);
    };

    it('should not follow it from a 422 browser_location_change_required', async () => {
      window.history.replaceState(null, '', '/login');
      const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
      const view = renderWithOry(<LoginFlow />, { mockFetch });
      await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
      mockFetch.mock.nextError({
        id: 'browser_location_change_required',
        method: 'POST',
        extra: { redirect_browser_to: target },
      });
      await submitLogin();
      await expectOnlySafeNavigation(view);
    });

    it('should not follow it from a 403 session_aal2_required (top level and details)', async () => {
      window.history.replaceState(null, '', '/settings');
      const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
      mockFetch.mock.nextError({
        path: '/self-service/settings',
        status: 403,
        body: {
          error: {
            id: 'session_aal2_required',
            code: 403,
            message: 'forbidden',
            details: { redirect_browser_to: target },
          },
          redirect_browser_to: target,
        },
      });
      await expectOnlySafeNavigation(renderWithOry(<SettingsFlow />, { mockFetch }));
    });

    it('should not follow it from continue_with redirect_browser_to after a login', async () => {
      window.history.replaceState(null, '', '/login');
      const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
      const view = renderWithOry(<LoginFlow />, { mockFetch });
      await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
      mockFetch.mock.nextError({
        method: 'POST',
        status: 200,
        body: { session, continue_with: [{ action: 'redirect_browser_to', redirect_browser_to: target }] },
      });
      await submitLogin();
      await expectOnlySafeNavigation(view);
    });

    it("should not follow it from the flow's return_to after a login", async () => {
      window.history.replaceState(null, '', '/login');
      const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
      const flow = await browserLoginFlow(mockFetch);
      mockFetch.mock.nextError({
        path: '/self-service/login/browser',
        status: 200,
        body: { ...flow, return_to: target },
      });
      const view = renderWithOry(<LoginFlow />, { mockFetch });
      await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
      mockFetch.mock.nextError({ method: 'POST', status: 200, body: { session } });
      await submitLogin();
      await expectOnlySafeNavigation(view);
    });

    it("should not follow it from an expired flow's details.redirect_to", async () => {
      window.history.replaceState(null, '', '/login?flow=00000000-0000-4000-8000-000000000000');
      const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
      mockFetch.mock.nextError({
        path: '/self-service/login/flows',
        status: 410,
        body: { error: { code: 410, message: 'gone', details: { redirect_to: target } } },
      });
      await expectOnlySafeNavigation(renderWithOry(<LoginFlow />, { mockFetch }));
    });
  },
);

describe('navigation to server-given targets', () => {
  it('should still follow an http(s) redirect_browser_to (an OIDC provider) and map Kratos URLs to routes', async () => {
    window.history.replaceState(null, '', '/login');
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    const view = renderWithOry(<LoginFlow />, { mockFetch });
    await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
    mockFetch.mock.nextError({
      id: 'browser_location_change_required',
      method: 'POST',
      extra: { redirect_browser_to: 'https://accounts.example.com/o/oauth2/auth?client_id=kratos' },
    });
    await submitLogin();
    await waitFor(() =>
      expect(view.navigate).toHaveBeenCalledWith(
        'https://accounts.example.com/o/oauth2/auth?client_id=kratos',
      ),
    );
  });
});
