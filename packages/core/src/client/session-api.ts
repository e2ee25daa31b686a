import type { ResolvedOryClientConfig } from './config';
import { invalidResponseError, kratosError, type ServiceName } from './errors';
import { isErrorEnvelope, isRecord, isSession, nonEmptyString } from './guards';
import { endpoint, type RequestOptions, send } from './http';
import type {
  FlowErrorOutcome,
  LogoutOutcome,
  LogoutResult,
  OryClientError,
  SessionOutcome,
} from './outcome';
import type { FlowErrorData, LogoutFlow } from './types';
import { splitUrl } from './url-parts';

/** What `logout` accepts: a logout token, Kratos' logout flow, or the `ready` outcome of `createLogoutFlow`. */
export type LogoutTarget = string | LogoutFlow | { logoutUrl?: string; logoutToken?: string };

function failure(service: ServiceName, status: number, body: unknown): OryClientError {
  return isErrorEnvelope(body)
    ? kratosError(service, status, body)
    : invalidResponseError(service, status, body);
}

/** `GET /sessions/whoami` (cookie, or `X-Session-Token` for native clients). */
export async function whoami(
  config: ResolvedOryClientConfig,
  options: { tokenizeAs?: string } & RequestOptions = {},
): Promise<SessionOutcome> {
  const query = { tokenize_as: options.tokenizeAs || undefined };
  const result = await send(config, {
    method: 'GET',
    url: endpoint(config.baseUrl, '/sessions/whoami', query),
    service: 'session',
    withSessionToken: true,
    signal: options.signal,
  });
  if (!result.ok) return { kind: 'error', status: 0, error: result.error };
  return sessionOutcome(result.status, result.body);
}

/** Pure: a whoami / token-exchange answer → SessionOutcome. */
export function sessionOutcome(status: number, body: unknown): SessionOutcome {
  if (status >= 200 && status < 300) {
    // whoami answers the session itself; token exchange wraps it as {session, session_token}.
    if (isRecord(body) && isSession(body.session)) {
      const sessionToken = nonEmptyString(body.session_token);
      return sessionToken
        ? { kind: 'session', status, session: body.session, sessionToken }
        : { kind: 'session', status, session: body.session };
    }
    if (isSession(body)) return { kind: 'session', status, session: body };
  }
  if (status === 401)
    return { kind: 'unauthorized', status, error: isErrorEnvelope(body) ? body : undefined };
  if (isErrorEnvelope(body)) {
    const details = body.error.details;
    const to =
      nonEmptyString(body.redirect_browser_to) ??
      (isRecord(details) ? nonEmptyString(details.redirect_browser_to) : undefined);
    if (to) {
      const reason =
        body.error.id === 'session_aal2_required' ? 'session_aal2_required' : 'redirect_browser_to';
      return { kind: 'redirect', status, to, reason, error: body };
    }
  }
  return { kind: 'error', status, error: failure('session', status, body) };
}

/** Native OIDC: trade the two halves of the exchange code for a session token. */
export async function exchangeSessionToken(
  config: ResolvedOryClientConfig,
  codes: { initCode: string; returnToCode: string },
  options: RequestOptions = {},
): Promise<SessionOutcome> {
  const query = { init_code: codes.initCode, return_to_code: codes.returnToCode };
  const result = await send(config, {
    method: 'GET',
    url: endpoint(config.baseUrl, '/sessions/token-exchange', query),
    service: 'session',
    signal: options.signal,
  });
  if (!result.ok) return { kind: 'error', status: 0, error: result.error };
  return sessionOutcome(result.status, result.body);
}

/**
 * Browser: `GET /self-service/logout/browser` → Kratos' logout URL and token. Native clients have no logout
 * flow; they get the API endpoint and the session token to revoke (status 0: no request was needed).
 */
export async function createLogoutFlow(
  config: ResolvedOryClientConfig,
  params: { returnTo?: string } & RequestOptions = {},
): Promise<LogoutOutcome> {
  if (config.kind === 'native') {
    const token = config.sessionToken();
    return token
      ? {
          kind: 'ready',
          status: 0,
          logoutUrl: endpoint(config.baseUrl, '/self-service/logout/api'),
          logoutToken: token,
        }
      : { kind: 'unauthorized', status: 0 };
  }
  const query = { return_to: params.returnTo || undefined };
  const result = await send(config, {
    method: 'GET',
    url: endpoint(config.baseUrl, '/self-service/logout/browser', query),
    service: 'logout',
    signal: params.signal,
  });
  if (!result.ok) return { kind: 'error', status: 0, error: result.error };
  const { status, body } = result;
  if (status >= 200 && status < 300 && isRecord(body)) {
    const logoutUrl = nonEmptyString(body.logout_url);
    const logoutToken = nonEmptyString(body.logout_token);
    if (logoutUrl && logoutToken) return { kind: 'ready', status, logoutUrl, logoutToken };
  }
  if (status === 401)
    return { kind: 'unauthorized', status, error: isErrorEnvelope(body) ? body : undefined };
  return { kind: 'error', status, error: failure('logout', status, body) };
}

/**
 * Ends the session. Browser: `GET logout_url` as JSON (204; Kratos clears the cookie), creating the logout
 * flow first when no target is given. Native: `DELETE /self-service/logout/api {session_token}` with the
 * given token or the configured one.
 */
export async function logout(
  config: ResolvedOryClientConfig,
  target?: LogoutTarget,
  options: RequestOptions = {},
): Promise<LogoutResult> {
  if (config.kind === 'native') {
    const token = typeof target === 'string' ? target : (tokenOf(target) ?? config.sessionToken());
    if (!token) return { kind: 'unauthorized', status: 0 };
    const result = await send(config, {
      method: 'DELETE',
      url: endpoint(config.baseUrl, '/self-service/logout/api'),
      service: 'logout',
      json: { session_token: token },
      signal: options.signal,
    });
    if (!result.ok) return { kind: 'error', status: 0, error: result.error };
    return logoutResult(result.status, result.body, [401, 403]);
  }

  let url = logoutUrlOf(config, target);
  if (!url) {
    const flow = await createLogoutFlow(config, options);
    if (flow.kind !== 'ready') return flow;
    url = flow.logoutUrl;
  }
  const result = await send(config, { method: 'GET', url, service: 'logout', signal: options.signal });
  if (!result.ok) return { kind: 'error', status: 0, error: result.error };
  return logoutResult(result.status, result.body, [401]);
}

function tokenOf(logoutTarget: LogoutTarget | undefined): string | undefined {
  if (!isRecord(logoutTarget)) return undefined;
  const target: Record<string, unknown> = logoutTarget;
  return nonEmptyString(target.logoutToken) ?? nonEmptyString(target.logout_token);
}

function logoutUrlOf(config: ResolvedOryClientConfig, target: LogoutTarget | undefined): string | undefined {
  if (typeof target === 'string') {
    return endpoint(config.baseUrl, '/self-service/logout', { token: target });
  }
  if (!isRecord(target)) return undefined;
  const record: Record<string, unknown> = target;
  const url = nonEmptyString(record.logoutUrl) ?? nonEmptyString(record.logout_url);
  if (url && splitUrl(url)) return url;
  const token = tokenOf(target);
  return token ? endpoint(config.baseUrl, '/self-service/logout', { token }) : undefined;
}

function logoutResult(status: number, body: unknown, unauthorized: readonly number[]): LogoutResult {
  if (status >= 200 && status < 300) return { kind: 'done', status };
  if (unauthorized.includes(status)) {
    return { kind: 'unauthorized', status, error: isErrorEnvelope(body) ? body : undefined };
  }
  return { kind: 'error', status, error: failure('logout', status, body) };
}

/** `GET /self-service/errors?id=`: what went wrong in a browser flow Kratos could not show itself. */
export async function getFlowError(
  config: ResolvedOryClientConfig,
  id: string,
  options: RequestOptions = {},
): Promise<FlowErrorOutcome> {
  const result = await send(config, {
    method: 'GET',
    url: endpoint(config.baseUrl, '/self-service/errors', { id }),
    service: 'error',
    signal: options.signal,
  });
  if (!result.ok) return { kind: 'error', status: 0, error: result.error };
  const { status, body } = result;
  if (status >= 200 && status < 300 && isRecord(body) && typeof body.id === 'string') {
    return { kind: 'ready', status, error: body as unknown as FlowErrorData };
  }
  return { kind: 'error', status, error: failure('error', status, body) };
}
