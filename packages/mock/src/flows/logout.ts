import { checkSessionAal } from '../aal';
import { regenerateCsrfToken } from '../csrf';
import { forwardError } from '../error-manager';
import { HerodotError, kratosErrors } from '../errors';
import {
  type Exchange,
  emptyResponse,
  errorResponse,
  isPlainObject,
  jsonResponse,
  redirectResponse,
} from '../http';
import { secureReturnTo } from '../return-to';
import { clearSessionCookie, fetchSession, serializeSession } from '../session';

/**
 * `/sessions/whoami` (any method): the session, 401 without an id (ErrUnauthorized wrapping the cause), or 403
 * `session_aal2_required` when `session.whoami.required_aal` asks for a second factor the session lacks.
 */
export function whoami(ex: Exchange): Response {
  const { session } = fetchSession(ex);
  if (!session) {
    return errorResponse(
      new HerodotError(401, { reason: 'No valid session credentials found in the request.' }),
    );
  }
  const identity = ex.store.identities.get(session.identityId);
  const aalError = checkSessionAal(ex.options, session, identity, ex.options.requiredAal);
  if (aalError) return errorResponse(aalError);
  return jsonResponse(serializeSession(ex, session), 200, {
    'X-Kratos-Authenticated-Identity-Id': session.identityId,
  });
}

/** `GET /self-service/logout/browser`: a logout URL for the current cookie session. */
export function createBrowserLogoutFlow(ex: Exchange): Response {
  const { session, credentialsMissing } = fetchSession(ex);
  if (!session) return forwardError(ex, kratosErrors.noActiveSession(credentialsMissing));
  const logoutUrl = new URL(`${ex.options.publicUrl}/self-service/logout`);
  logoutUrl.searchParams.set('token', session.logoutToken);
  const returnTo = ex.query('return_to');
  if (returnTo) {
    try {
      logoutUrl.searchParams.set('return_to', secureReturnTo(ex.options, returnTo));
    } catch (error) {
      return forwardError(ex, error);
    }
  }
  return jsonResponse({ logout_url: logoutUrl.toString(), logout_token: session.logoutToken });
}

/** `GET /self-service/logout?token=`: revokes the cookie session; 204 for JSON, else a 303 to return_to. */
export function updateLogoutFlow(ex: Exchange): Response {
  const token = ex.query('token');
  if (!token)
    return forwardError(ex, new HerodotError(400, { reason: 'Please include a token in the URL query.' }));
  const { session, credentialsMissing } = fetchSession(ex);
  if (!session) return forwardError(ex, kratosErrors.noActiveSession(credentialsMissing));
  if (session.logoutToken !== token) {
    return forwardError(
      ex,
      new HerodotError(403, {
        reason:
          'Unable to log out because the logout token in the URL query does not match the session cookie.',
      }),
    );
  }
  session.active = false;
  clearSessionCookie(ex);
  regenerateCsrfToken(ex);
  let returnTo: string;
  try {
    returnTo = secureReturnTo(ex.options, ex.query('return_to'));
  } catch (error) {
    return forwardError(ex, error);
  }
  return ex.isJsonRequest() ? emptyResponse(204) : redirectResponse(returnTo);
}

/** `DELETE /self-service/logout/api` with `{session_token}`: 204, or 403 for an unknown token. */
export async function performNativeLogout(ex: Exchange): Promise<Response> {
  let body: unknown;
  try {
    body = JSON.parse((await ex.request.text()) || 'null');
  } catch {
    return errorResponse(new HerodotError(400, { reason: 'Unable to decode JSON payload.' }));
  }
  const token = isPlainObject(body) && typeof body.session_token === 'string' ? body.session_token : '';
  const session = [...ex.store.sessions.values()].find((s) => s.token === token);
  if (!session) {
    return errorResponse(
      new HerodotError(403, {
        reason: 'The provided Ory Session Token could not be found, is invalid, or otherwise malformed.',
      }),
    );
  }
  session.active = false;
  return emptyResponse(204);
}
