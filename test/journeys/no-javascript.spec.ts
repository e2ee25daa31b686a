import { expect, test } from '@playwright/test';
import { DEMO_URL, MOCK_URL } from '../playwright.config';
import { PASSWORD, registerAccount, uniqueEmail } from './support/journey-kit';

// Progressive enhancement, honestly: the demo is an SPA, so without JavaScript /login is an empty page and
// there is no form to fill. What the library promises is that the form it renders is a real
// <form action method> with every hidden input, so the same markup logs in WITHOUT JavaScript once it is
// on the page (server-rendered, cached, or loaded before hydration). This journey proves exactly that:
//   1. a JavaScript-less browser starts the flow the Kratos way: GET /self-service/login/browser → 303 to
//      the UI with ?flow= (this sets its CSRF cookie);
//   2. a second, JavaScript-enabled context with the same cookies renders that flow with the real demo and
//      hands over the form's HTML — standing in for server-side rendering, which the demo does not do;
//   3. the JavaScript-less browser gets that HTML as the /login page (page.route on the demo's origin),
//      fills it in and submits: a native form POST to the mock, whose 303 lands on return_to with the session
//      cookie set — no script of ours runs at any point in that browser.
test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('should log in through the real form POST and the mock’s 303 redirects', async ({
    page,
    context,
    browser,
  }) => {
    const email = uniqueEmail('nojs');
    await registerAccount(email);

    // 1. Kratos' browser init, navigated to like a link: 303 → /login?flow=<id>.
    await page.goto(`${MOCK_URL}/self-service/login/browser`);
    await expect(page).toHaveURL(new RegExp(`^${DEMO_URL}/login\\?flow=`));
    const flowId = new URL(page.url()).searchParams.get('flow');
    await expect(page.locator('form')).toHaveCount(0); // the SPA cannot render anything here

    // 2. The real demo renders this very flow (it must send the CSRF cookie Kratos bound the flow to).
    const renderer = await browser.newContext({ javaScriptEnabled: true });
    await renderer.addCookies(await context.cookies());
    const rendered = await renderer.newPage();
    await rendered.goto(`/login?flow=${flowId}`);
    const renderedForm = rendered.locator('form[data-ory-part="form"]');
    await expect(renderedForm).toHaveAttribute('action', `${MOCK_URL}/self-service/login?flow=${flowId}`);
    const formHtml = await renderedForm.evaluate((form) => form.outerHTML);
    await renderer.close();

    // 3. That markup as a static page, submitted by a browser that runs no script.
    await page.route(
      (url) => url.origin === DEMO_URL && url.pathname === '/login',
      (route) =>
        route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Login</title></head><body><main><h1>Login</h1>${formHtml}</main></body></html>`,
        }),
    );
    await page.reload();
    await page.getByLabel('E-Mail').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    const post = page.waitForRequest((r) => r.method() === 'POST' && r.url().startsWith(MOCK_URL));
    await page.getByRole('button', { name: 'Sign in with password' }).click();

    const request = await post;
    expect(request.url()).toBe(`${MOCK_URL}/self-service/login?flow=${flowId}`);
    expect(request.headers()['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(request.postData() ?? '').get('csrf_token')).toBeTruthy();
    const answer = await request.response();
    expect(answer?.status(), 'Kratos answers a browser form with a redirect').toBe(303);
    await expect(page).toHaveURL(`${DEMO_URL}/`); // the default return_to

    // The browser now holds the session cookie: whoami with this context's cookies says who is signed in.
    const whoami = await context.request.get(`${MOCK_URL}/sessions/whoami`);
    expect(whoami.status()).toBe(200);
    expect((await whoami.json()).identity.traits.email).toBe(email);
  });
});
