import { Hono } from 'hono';
import { isPreflight, preflightResponse, withCorsHeaders } from './cors';
import { courierOutbox } from './courier/courier';
import { fromBase64Url } from './crypto';
import { csrfCookieNameFor } from './csrf';
import { asHerodot, getSelfServiceError } from './error-manager';
import { kratosErrors } from './errors';
import {
  clearFaults,
  deleteFaults,
  type FaultSpec,
  postFault,
  queueFault,
  takeFault,
} from './fault-injection';
import { getLoginFlow, initApiLogin, initBrowserLogin, submitLogin } from './flows/login';
import { createBrowserLogoutFlow, performNativeLogout, updateLogoutFlow, whoami } from './flows/logout';
import { getRecoveryFlow, initApiRecovery, initBrowserRecovery, submitRecovery } from './flows/recovery';
import {
  getRegistrationFlow,
  initApiRegistration,
  initBrowserRegistration,
  submitRegistration,
} from './flows/registration';
import { getSettingsFlow, initApiSettings, initBrowserSettings } from './flows/settings';
import { submitSettings } from './flows/settings-submit';
import {
  getVerificationFlow,
  initApiVerification,
  initBrowserVerification,
  submitVerification,
} from './flows/verification';
import { type AppDeps, Exchange, emptyResponse, errorResponse, jsonResponse } from './http';
import { handleOidcCallback } from './oidc/callback';
import { answerConsent, showConsent } from './oidc/provider-page';
import { type MockOptions, type ResolvedMockOptions, resolveOptions } from './options';
import { recordExchange } from './record';
import { DEFAULT_SCHEMA_ID } from './schema/identity-schema';
import { createStore } from './store';
import type { CourierMessage } from './types';
import { serveWebAuthnScript } from './webauthn/serve-script';
import { WEBAUTHN_SCRIPT_PATH } from './webauthn/webauthn-script';

export interface MockApp {
  /** The whole Kratos stand-in as a fetch handler: Request in, Response out. */
  fetch(request: Request): Promise<Response>;
  /** Drops identities, sessions, flows, stored errors and the courier outbox. */
  reset(): void;
  /** Messages the courier "sent" (codes and links), oldest first. */
  courier(): CourierMessage[];
  /** Test control: answer the next request matching `spec` with an error or any status/body (fault-injection.ts). */
  nextError(spec: FaultSpec): void;
  options: ResolvedMockOptions;
}

/** What an adapter gets when it carries cookies itself (the in-process fetch; browsers forbid those headers). */
export interface MockExchangeResult {
  response: Response;
  setCookies: string[];
}

type Handler = (ex: Exchange) => Response | Promise<Response>;

function buildRouter(): Hono<{ Bindings: { ex: Exchange } }> {
  const router = new Hono<{ Bindings: { ex: Exchange } }>();
  const on = (handler: Handler) => (c: { env: { ex: Exchange } }) => handler(c.env.ex);
  // A queued test answer (POST /__mock/next-error) beats every route, so it is looked for first.
  router.use('*', async (c, next) => takeFault(c.env.ex) ?? next());

  router.get('/self-service/login/browser', on(initBrowserLogin));
  router.get('/self-service/login/api', on(initApiLogin));
  router.get('/self-service/login/flows', on(getLoginFlow));
  router.on(['GET', 'POST'], '/self-service/login', on(submitLogin));

  router.get('/self-service/registration/browser', on(initBrowserRegistration));
  router.get('/self-service/registration/api', on(initApiRegistration));
  router.get('/self-service/registration/flows', on(getRegistrationFlow));
  router.on(['GET', 'POST'], '/self-service/registration', on(submitRegistration));

  router.get('/self-service/settings/browser', on(initBrowserSettings));
  router.get('/self-service/settings/api', on(initApiSettings));
  router.get('/self-service/settings/flows', on(getSettingsFlow));
  router.on(['GET', 'POST'], '/self-service/settings', on(submitSettings));

  router.get('/self-service/recovery/browser', on(initBrowserRecovery));
  router.get('/self-service/recovery/api', on(initApiRecovery));
  router.get('/self-service/recovery/flows', on(getRecoveryFlow));
  router.on(['GET', 'POST'], '/self-service/recovery', on(submitRecovery));

  router.get('/self-service/verification/browser', on(initBrowserVerification));
  router.get('/self-service/verification/api', on(initApiVerification));
  router.get('/self-service/verification/flows', on(getVerificationFlow));
  router.on(['GET', 'POST'], '/self-service/verification', on(submitVerification));

  router.get('/self-service/logout/browser', on(createBrowserLogoutFlow));
  router.get('/self-service/logout', on(updateLogoutFlow));
  router.delete('/self-service/logout/api', on(performNativeLogout));
  router.all('/sessions/whoami', on(whoami));

  router.get('/self-service/errors', on(getSelfServiceError));
  router.get('/schemas', on(listSchemas));
  router.get('/schemas/:id', (c) => getSchema(c.env.ex, c.req.param('id')));
  router.get('/health/alive', () => jsonResponse({ status: 'ok' }));
  router.get('/health/ready', () => jsonResponse({ status: 'ok' }));
  router.get(WEBAUTHN_SCRIPT_PATH, serveWebAuthnScript);

  router.get('/__mock/courier', on(courierOutbox));
  router.post('/__mock/next-error', on(postFault));
  router.delete('/__mock/next-error', on(deleteFaults));
  // The fake OpenID Connect provider and Kratos' callback route it returns to.
  router.get('/__mock/oidc/:provider/authorize', (c) => showConsent(c.env.ex, c.req.param('provider')));
  router.post('/__mock/oidc/:provider/authorize', (c) => answerConsent(c.env.ex, c.req.param('provider')));
  router.get('/self-service/methods/oidc/callback/:provider', (c) =>
    handleOidcCallback(c.env.ex, c.req.param('provider')),
  );
  router.post(
    '/__mock/reset',
    on((ex) => {
      ex.store.reset();
      clearFaults(ex.store);
      return emptyResponse(204);
    }),
  );
  router.notFound(() => errorResponse(kratosErrors.routeNotFound()));
  router.onError((error) => errorResponse(asHerodot(error)));
  return router;
}

function listSchemas(ex: Exchange): Response {
  return jsonResponse([{ id: DEFAULT_SCHEMA_ID, schema: ex.options.identitySchema }]);
}

function getSchema(ex: Exchange, id: string): Response {
  const decoded = fromBase64Url(id);
  if (id !== DEFAULT_SCHEMA_ID && decoded !== DEFAULT_SCHEMA_ID)
    return errorResponse(kratosErrors.notFound());
  return jsonResponse(ex.options.identitySchema);
}

const exchangeHandlers = new WeakMap<
  MockApp,
  (request: Request, cookieHeader: string | null) => Promise<MockExchangeResult>
>();

/** For adapters that keep their own cookie jar: cookies in, `Set-Cookie` values out, beside the Response. */
export function exchangeWithCookies(
  app: MockApp,
  request: Request,
  cookieHeader: string | null,
): Promise<MockExchangeResult> {
  const handler = exchangeHandlers.get(app);
  if (!handler) throw new TypeError('not a MockApp created by createMockApp');
  return handler(request, cookieHeader);
}

export function createMockApp(options: MockOptions = {}): MockApp {
  const resolved = resolveOptions(options);
  const store = createStore();
  const router = buildRouter();
  let deps: Promise<AppDeps> | undefined;
  const getDeps = () => {
    deps ??= csrfCookieNameFor(resolved.publicUrl).then((csrfCookieName) => ({
      options: resolved,
      store,
      csrfCookieName,
    }));
    return deps;
  };

  const handle = async (request: Request, cookieHeader: string | null): Promise<MockExchangeResult> => {
    if (isPreflight(request)) return { response: preflightResponse(resolved, request), setCookies: [] };
    const ex = new Exchange(request, await getDeps(), cookieHeader);
    let response: Response;
    try {
      response = await router.fetch(request, { ex });
    } catch (error) {
      response = errorResponse(asHerodot(error));
    }
    const final = withCorsHeaders(resolved, request, response);
    await recordExchange(request, final, ex);
    return { response: final, setCookies: [...ex.setCookies] };
  };

  const app: MockApp = {
    async fetch(request) {
      const { response, setCookies } = await handle(request, request.headers.get('cookie'));
      if (setCookies.length === 0) return response;
      const headers = new Headers(response.headers);
      for (const cookie of setCookies) headers.append('Set-Cookie', cookie);
      return new Response(response.body, {
        status: response.status,
        statusText: response.statusText,
        headers,
      });
    },
    reset: () => {
      store.reset();
      clearFaults(store);
    },
    courier: () => [...store.courier],
    nextError: (spec) => queueFault(store, spec),
    options: resolved,
  };
  exchangeHandlers.set(app, handle);
  return app;
}
