import { type HttpHandler, http } from 'msw';
import { createMockApp, type MockApp } from './app';
import type { MockOptions } from './options';

export interface OryHandlersOptions extends MockOptions {
  /** Share an app (and its identities and sessions) instead of creating one. */
  app?: MockApp;
}

/**
 * MSW 2 handlers that answer every request to the mock's public URL. Cookies are MSW's and the browser's job:
 * the cookies MSW knows for the request are passed on when the request itself carries none.
 */
export function oryHandlers(options: OryHandlersOptions = {}): HttpHandler[] {
  const { app: shared, ...mockOptions } = options;
  const app = shared ?? createMockApp(mockOptions);
  return [
    http.all(`${app.options.publicUrl}/*`, async ({ request, cookies }) => {
      if (request.headers.has('cookie') || Object.keys(cookies).length === 0) return app.fetch(request);
      const headers = new Headers(request.headers);
      headers.set(
        'cookie',
        Object.entries(cookies)
          .map(([name, value]) => `${name}=${value}`)
          .join('; '),
      );
      return app.fetch(new Request(request, { headers }));
    }),
  ];
}

export type { MockApp };
