import { serializeCookie } from '../cookies';
import { forwardError } from '../error-manager';
import { HerodotError, kratosErrors, ValidationError } from '../errors';
import { assertNotExpired, type FlowDefinition, writeFlowError } from '../flows/flow';
import { loginDefinition } from '../flows/login';
import { registrationDefinition } from '../flows/registration';
import { identityMismatch, settingsDefinition, settingsUnauthenticated } from '../flows/settings';
import { completeSettings } from '../flows/settings-submit';
import { type Exchange, redirectResponse, withQuery } from '../http';
import { messages } from '../messages';
import { flowReturnTo, secureReturnTo } from '../return-to';
import { fetchSession, isPrivileged } from '../session';
import type { FlowRecord, OidcStateRecord } from '../store';
import { assertLinkable } from '../strategies/oidc-settings';
import { findByOidcSubject } from './credentials';
import { CONTINUITY_COOKIE, findRoundTrip } from './round-trip';
import { type Callback, processLogin, processRegistration, registrationError } from './sign-in';

// `GET /self-service/methods/oidc/callback/:provider` (Strategy.HandleCallback): the provider sends the browser
// back here with `code` and `state` (or `error`). The state names the flow; the continuity cookie proves it is
// the same browser. Then the flow decides: login, registration, or linking in settings.

const badRequest = (reason: string) => new HerodotError(400, { reason });
const PREFIX = 'Unable to complete OpenID Connect flow';

const DEFINITIONS: Partial<Record<FlowRecord['kind'], FlowDefinition>> = {
  login: loginDefinition,
  registration: registrationDefinition,
  settings: settingsDefinition,
};

export async function handleOidcCallback(ex: Exchange, providerId: string): Promise<Response> {
  const stateParam = ex.query('state') ?? '';
  if (stateParam === '') {
    return forwardError(
      ex,
      badRequest(`${PREFIX} because the OpenID Provider did not return the state query parameter.`),
    );
  }
  const roundTrip = findRoundTrip(ex, stateParam);
  if (!roundTrip) return forwardError(ex, badRequest(`${PREFIX} because the state parameter is invalid.`));
  if (roundTrip.provider !== providerId) {
    return forwardError(ex, badRequest(`${PREFIX}: provider mismatch between internal state and URL.`));
  }
  const flow = ex.store.flows.get(roundTrip.flowId);
  const def = flow && DEFINITIONS[flow.kind];
  if (!flow || !def) return forwardError(ex, kratosErrors.notFound());
  try {
    const callback = validateCallback(ex, flow, roundTrip);
    // Spent: a second visit with the same state or code fails like a replayed authorization code.
    ex.store.oidcStates.delete(roundTrip.state);
    ex.setCookies.push(serializeCookie(CONTINUITY_COOKIE, '', { maxAgeSeconds: 0 }));
    const signedIn = alreadySignedIn(ex, flow);
    if (signedIn) return signedIn;
    if (flow.kind === 'login') return await processLogin(ex, flow, callback);
    if (flow.kind === 'registration') return await processRegistration(ex, flow, callback);
    return await linkProvider(ex, flow, callback);
  } catch (error) {
    if (flow.kind === 'registration') {
      return registrationError(ex, flow, providerId, undefined, error);
    }
    return writeFlowError(ex, def, flow, error);
  }
}

/** ValidateCallback, after the state: the flow still valid, the same browser, no provider error, a good code. */
function validateCallback(ex: Exchange, flow: FlowRecord, roundTrip: OidcStateRecord): Callback {
  assertNotExpired(ex, flow);
  if (ex.cookies.get(CONTINUITY_COOKIE) !== roundTrip.state) {
    throw badRequest(
      `${PREFIX} because the query state parameter does not match the state parameter from the session cookie.`,
    );
  }
  const error = ex.query('error');
  if (error) {
    const description = ex.query('error_description') ?? '';
    throw badRequest(`${PREFIX} because the OpenID Provider returned error "${error}": ${description}`);
  }
  const code = ex.query('code') ?? '';
  if (code === '')
    throw badRequest(`${PREFIX} because the OpenID Provider did not return the code query parameter.`);
  // The token exchange: only the code the fake provider issued for this state is good.
  if (code !== roundTrip.code || !roundTrip.claims) {
    throw badRequest(`${PREFIX} because the authorization code could not be exchanged: invalid_grant.`);
  }
  return { provider: roundTrip.provider, claims: roundTrip.claims, formTraits: roundTrip.traits };
}

/** alreadyAuthenticated: a signed-in browser finishing a login or registration goes to return_to instead. */
function alreadySignedIn(ex: Exchange, flow: FlowRecord): Response | undefined {
  if (flow.kind === 'settings' || flow.refresh) return undefined;
  if (!fetchSession(ex).session) return undefined;
  let target = ex.options.defaultReturnTo;
  try {
    target = secureReturnTo(ex.options, flowReturnTo(flow));
  } catch {
    // Kratos falls back to the default return URL when return_to is not allowed.
  }
  return redirectResponse(target);
}

/** linkProvider: the settings flow's own session, still privileged, links a provider account nobody has. */
async function linkProvider(ex: Exchange, flow: FlowRecord, callback: Callback): Promise<Response> {
  const { session } = fetchSession(ex);
  if (!session) return settingsUnauthenticated(ex);
  if (flow.identityId !== session.identityId) throw identityMismatch();
  if (!isPrivileged(ex, session)) return reauthenticate(ex, flow);
  const identity = ex.store.identities.get(session.identityId);
  if (!identity) throw kratosErrors.notFound();
  assertLinkable(ex, identity, callback.provider);
  const subject = String(callback.claims.sub);
  if (findByOidcSubject(ex, callback.provider, subject)) {
    throw ValidationError.global(messages.duplicateCredentials());
  }
  const updated = structuredClone(identity);
  updated.oidcCredentials = [...(updated.oidcCredentials ?? []), { provider: callback.provider, subject }];
  updated.updatedAt = ex.now();
  return completeSettings(ex, flow, session, updated);
}

/** settings.NewFlowNeedsReAuth on the way back from the provider: a refresh login that returns to the flow. */
function reauthenticate(ex: Exchange, flow: FlowRecord): Response {
  const login = new URL(`${ex.options.publicUrl}/self-service/login/browser`);
  login.searchParams.set('refresh', 'true');
  login.searchParams.set('return_to', withQuery(ex.options.ui.settings, { flow: flow.id }));
  return redirectResponse(login.toString());
}
