import type { OryClient } from './create-ory-client';
import { answerError } from './errors';
import { isErrorEnvelope, isRecord, isSession, nonEmptyString, redirectTarget } from './guards';
import { endpoint, type RequestOptions, send } from './http';
import type { FlowErrorOutcome, LogoutOutcome, LogoutResult, SessionOutcome } from './outcome';
import type { FlowErrorData, KratosErrorEnvelope, LogoutFlow } from './types';
import { splitUrl } from './url-parts';

/** What `logout` accepts: a logout token, Kratos' logout flow, or the `ready` outcome of `createLogoutFlow`. */
export type LogoutTarget = string | LogoutFlow | { logoutUrl?: string; logoutToken?: string };

const LOGOUT_API = '/self-service/logout/api';

/** What the session functions need of a client: its resolved config. */
type ClientLike = Pick<OryClient, 'config'>;

const isOk = (status: number) => status >= 200 && status < 300;
const envelopeOf = (body: unknown): KratosErrorEnvelope | undefined =>
  isErrorEnvelope(body) ? body : undefined;

/** `GET /sessions/whoami` (cookie, or `X-Session-Token` for native clients). */
export function whoami(
  { config }: ClientLike,
  options: { tokenizeAs?: string } & RequestOptions = {},
): Promise<SessionOutcome> {
  const url = endpoint(config.baseUrl, '/sessions/whoami', { tokenize_as: options.tokenizeAs || undefined });
  return send(config, { url, withSessionToken: true, signal: options.signal }, sessionOutcome);
}

/** Pure: a whoami / token-exchange answer → SessionOutcome. */
export function sessionOutcome(status: number, body: unknown): SessionOutcome {
  if (isOk(status)) {
    // whoami answers the session itself; token exchange wraps it as {session, session_token}.
    if (isRecord(body) && isSession(body.session)) {
      const sessionToken = nonEmptyString(body.session_token);
      return sessionToken
        ? { kind: 'session', status, session: body.session, sessionToken }
        : { kind: 'session', status, session: body.session };
    }
    if (isSession(body)) return { kind: 'session', status, session: body };
  }
  const error = envelopeOf(body);
  if (status === 401) return { kind: 'unauthorized', status, error };
  const to = error && redirectTarget(error);
  if (to) {
    const reason =
      error.error.id === 'session_aal2_required' ? 'session_aal2_required' : 'redirect_browser_to';
    return { kind: 'redirect', status, to, reason, error };
  }
  return { kind: 'error', status, error: answerError(status, body) };
}

/** Native OIDC: trade the two halves of the exchange code for a session token. */
export function exchangeSessionToken(
  { config }: ClientLike,
  codes: { initCode: string; returnToCode: string },
  options: RequestOptions = {},
): Promise<SessionOutcome> {
  const query = { init_code: codes.initCode, return_to_code: codes.returnToCode };
  const url = endpoint(config.baseUrl, '/sessions/token-exchange', query);
  return send(config, { url, signal: options.signal }, sessionOutcome);
}

/**
 * Browser: `GET /self-service/logout/browser` → Kratos' logout URL and token. Native clients have no logout
 * flow; they get the API endpoint and the session token to revoke (status 0: no request was needed).
 */
export async function createLogoutFlow(
  { config }: ClientLike,
  params: { returnTo?: string } & RequestOptions = {},
): Promise<LogoutOutcome> {
  if (config.kind === 'native') {
    const logoutToken = config.sessionToken();
    return logoutToken
      ? { kind: 'ready', status: 0, logoutUrl: endpoint(config.baseUrl, LOGOUT_API), logoutToken }
      : { kind: 'unauthorized', status: 0 };
  }
  const url = endpoint(config.baseUrl, '/self-service/logout/browser', {
    return_to: params.returnTo || undefined,
  });
  return send(config, { url, signal: params.signal }, (status, body): LogoutOutcome => {
    if (isOk(status) && isRecord(body)) {
      const logoutUrl = nonEmptyString(body.logout_url);
      const logoutToken = nonEmptyString(body.logout_token);
      if (logoutUrl && logoutToken) return { kind: 'ready', status, logoutUrl, logoutToken };
    }
    return unauthorizedOr(status, body, 0);
  });
}

/**
 * Ends the session. Browser: `GET logout_url` as JSON (204; Kratos clears the cookie), creating the logout
 * flow first when no target is given. Native: `DELETE /self-service/logout/api {session_token}` with the
 * given token or the configured one.
 */
export async function logout(
  client: ClientLike,
  target?: LogoutTarget,
  options: RequestOptions = {},
): Promise<LogoutResult> {
  const { config } = client;
  const { signal } = options;
  if (config.kind === 'native') {
    const token = typeof target === 'string' ? target : (tokenOf(target) ?? config.sessionToken());
    if (!token) return { kind: 'unauthorized', status: 0 };
    const url = endpoint(config.baseUrl, LOGOUT_API);
    const request = {
      method: 'DELETE',
      url,
      json: { session_token: token },
      signal,
    } as const;
    // An unknown or revoked token is a 403 here: there was no session to end.
    return send(config, request, (status, body) => logoutResult(status, body, 403));
  }
  let url = logoutUrlOf(config, target);
  if (!url) {
    const flow = await createLogoutFlow(client, options);
    if (flow.kind !== 'ready') return flow;
    url = flow.logoutUrl;
  }
  return send(config, { url, signal }, (status, body) => logoutResult(status, body, 0));
}

function tokenOf(logoutTarget: LogoutTarget | undefined): string | undefined {
  const target = logoutTarget as Record<string, unknown> | undefined;
  return isRecord(target)
    ? (nonEmptyString(target.logoutToken) ?? nonEmptyString(target.logout_token))
    : undefined;
}

function logoutUrlOf(config: OryClient['config'], target: LogoutTarget | undefined): string | undefined {
  if (typeof target === 'string') return endpoint(config.baseUrl, '/self-service/logout', { token: target });
  if (isRecord(target)) {
    const record: Record<string, unknown> = target;
    const url = nonEmptyString(record.logoutUrl) ?? nonEmptyString(record.logout_url);
    if (url && splitUrl(url)) return url;
  }
  const token = tokenOf(target);
  return token ? endpoint(config.baseUrl, '/self-service/logout', { token }) : undefined;
}

/** 2xx → done; otherwise see `unauthorizedOr`. */
function logoutResult(status: number, body: unknown, alsoUnauthorized: number): LogoutResult {
  return isOk(status) ? { kind: 'done', status } : unauthorizedOr(status, body, alsoUnauthorized);
}

/** 401 (and `alsoUnauthorized`) → there was no session to end; anything else failed. */
function unauthorizedOr(status: number, body: unknown, alsoUnauthorized: number) {
  return status === 401 || status === alsoUnauthorized
    ? ({ kind: 'unauthorized', status, error: envelopeOf(body) } as const)
    : ({ kind: 'error', status, error: answerError(status, body) } as const);
}

/** `GET /self-service/errors?id=`: what went wrong in a browser flow Kratos could not show itself. */
export function getFlowError(
  { config }: ClientLike,
  id: string,
  options: RequestOptions = {},
): Promise<FlowErrorOutcome> {
  const url = endpoint(config.baseUrl, '/self-service/errors', { id });
  return send(
    config,
    { url, signal: options.signal },
    (status, body): FlowErrorOutcome =>
      isOk(status) && isRecord(body) && typeof body.id === 'string'
        ? { kind: 'ready', status, error: body as unknown as FlowErrorData }
        : { kind: 'error', status, error: answerError(status, body) },
  );
}
