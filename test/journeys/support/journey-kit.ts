// Shared pieces of the browser journeys: accounts on the mock, the demo's themes, axe, request counting.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page, type Request } from '@playwright/test';
import { MOCK_URL } from '../../playwright.config';

/** Long and unrelated to any email: passes the mock's password policy (length, similarity, breach list). */
export const PASSWORD = 'correct horse battery staple';

export const INVALID_CREDENTIALS =
  'The provided credentials are invalid, check for spelling mistakes in your password or username, email address, or phone number.';

/** A fresh address per test: the mock is shared by every journey (and survives between local runs). */
export function uniqueEmail(label: string): string {
  const nonce = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  return `${label}-${nonce}@example.com`;
}

/** Creates an identity through Kratos' native (API) registration flow: no browser, no cookies, no CSRF. */
export async function registerAccount(email: string, mockUrl = MOCK_URL): Promise<void> {
  const flow = await fetch(`${mockUrl}/self-service/registration/api`, {
    headers: { Accept: 'application/json' },
  });
  expect(flow.status, 'registration/api').toBe(200);
  const { ui } = (await flow.json()) as { ui: { action: string } };
  const done = await fetch(ui.action, {
    method: 'POST',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ method: 'password', traits: { email }, password: PASSWORD }),
  });
  expect(done.status, `registering ${email}: ${await done.clone().text()}`).toBe(200);
}

export const THEMES = ['plain', 'ory-like'] as const;
export type ThemeName = (typeof THEMES)[number];

/** Picks a theme with the demo's own switcher and waits until its stylesheet is the one in force. */
export async function chooseTheme(page: Page, theme: ThemeName): Promise<void> {
  await page.getByLabel('Theme').selectOption(theme);
  await expect(page.locator('html')).toHaveAttribute('data-demo-theme', theme);
  // The <link> swaps its href; the sheet object only changes once the new file has loaded and applied.
  await page.waitForFunction((name) => {
    const link = document.getElementById('demo-theme') as HTMLLinkElement | null;
    return Boolean(link?.sheet?.href?.includes(name));
  }, theme);
}

// axe-core itself rather than @axe-core/playwright's AxeBuilder: the builder evaluates the 560 kB script twice
// per scan and (outside legacy mode) opens a blank page to merge frame results, ~1-2 s a scan on 2 busy cores.
// The demo has no iframes, so one injection per document and axe.run() check the same thing in ~0.2 s.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core with every rule it ships (WCAG A/AA and best practices such as landmarks and one h1). */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Judge the settled page: mid-transition (a theme fading the form back in) colours are not what users read.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }));
  });
  expect(violations, `axe violations on ${where}`).toEqual([]);
}

export interface OryRequestCounts {
  /** GET /self-service/login/browser */
  loginCreate: number;
  /** GET /self-service/login/flows?id= */
  loginGet: number;
  /** POST /self-service/login?flow= */
  loginSubmit: number;
  /** Requests to the mock, as "METHOD /path" (CORS preflights never reach page events). */
  all: string[];
}

/** Counts what the page asks the mock, live; `documents` counts main-frame loads (a reload would double counts). */
export function countOryRequests(page: Page, mockUrl = MOCK_URL): OryRequestCounts & { documents: number } {
  const counts = { loginCreate: 0, loginGet: 0, loginSubmit: 0, all: [] as string[], documents: 0 };
  page.on('request', (request: Request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) counts.documents += 1;
    if (!request.url().startsWith(mockUrl)) return;
    const { pathname } = new URL(request.url());
    const method = request.method();
    counts.all.push(`${method} ${pathname}`);
    if (method === 'GET' && pathname === '/self-service/login/browser') counts.loginCreate += 1;
    if (method === 'GET' && pathname === '/self-service/login/flows') counts.loginGet += 1;
    if (method === 'POST' && pathname === '/self-service/login') counts.loginSubmit += 1;
  });
  return counts;
}

/** The login form of the demo, by what a user sees. */
export function loginForm(page: Page) {
  return {
    email: page.getByLabel('E-Mail'),
    password: page.getByLabel('Password'),
    submit: page.getByRole('button', { name: 'Sign in with password' }),
  };
}

export function flowIdOf(page: Page): string | null {
  return new URL(page.url()).searchParams.get('flow');
}
