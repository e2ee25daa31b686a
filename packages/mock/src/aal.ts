import { HerodotError } from './errors';
import type { RequiredAal, ResolvedMockOptions } from './options';
import type { IdentityRecord, SessionRecord } from './store';
import type { AuthenticatorAssuranceLevel } from './types';

// Authenticator assurance levels as Kratos computes them (session/session.go, session/manager_http.go).

/**
 * identity.SetAvailableAAL: aal2 once the identity has a second factor of an enabled method (a TOTP device, a
 * security key, or lookup codes — even all used, as CountActiveMultiFactorCredentials only counts the list).
 */
export function availableAal(
  options: ResolvedMockOptions,
  identity: IdentityRecord,
): AuthenticatorAssuranceLevel {
  const totp = options.methods.totp && identity.totpUrl !== undefined;
  const lookup = options.methods.lookup_secret && (identity.lookupSecrets?.length ?? 0) > 0;
  const securityKey = options.methods.webauthn && (identity.webauthn?.credentials.length ?? 0) > 0;
  return totp || lookup || securityKey ? 'aal2' : 'aal1';
}

/** Session.SetAuthenticatorAssuranceLevel: aal2 needs an aal1 and an aal2 method in the same session. */
export function assuranceLevel(methods: SessionRecord['methods']): AuthenticatorAssuranceLevel {
  const first = methods.some((m) => m.aal === 'aal1');
  const second = methods.some((m) => m.aal === 'aal2');
  return first && second ? 'aal2' : 'aal1';
}

/**
 * SessionAddAuthenticationMethods: a method the session has just proven (a second factor enrolled in settings
 * counts as authenticated), without touching `authenticated_at`.
 */
export function completeMethod(
  session: SessionRecord,
  method: string,
  aal: AuthenticatorAssuranceLevel,
  now: number,
): void {
  session.methods.push({ method, aal, completedAt: now });
  session.aal = assuranceLevel(session.methods);
}

/** ManagerHTTP.DoesSessionSatisfy for `aal1` or `highest_available`. */
export function sessionSatisfies(
  options: ResolvedMockOptions,
  session: SessionRecord,
  identity: IdentityRecord | undefined,
  required: RequiredAal,
): boolean {
  if (session.aal === 'aal2' || required === 'aal1') return true;
  return !identity || availableAal(options, identity) !== 'aal2';
}

/**
 * The login init URL that upgrades a session: `?aal=aal2`, plus `return_to` / `login_challenge` when given
 * (Go's url.Values.Encode sorts the keys).
 */
export function aal2LoginUrl(
  options: ResolvedMockOptions,
  params: { returnTo?: string | null; loginChallenge?: string | null } = {},
): string {
  const url = new URL(`${options.publicUrl}/self-service/login/browser`);
  url.searchParams.set('aal', 'aal2');
  if (params.loginChallenge) url.searchParams.set('login_challenge', params.loginChallenge);
  if (params.returnTo) url.searchParams.set('return_to', params.returnTo);
  return url.toString();
}

/** session.NewErrAALNotSatisfied: 403 `session_aal2_required`, the login URL in `details` and top-level. */
export function aalNotSatisfied(redirectTo: string): HerodotError {
  return new HerodotError(
    403,
    {
      id: 'session_aal2_required',
      message: 'Session does not fulfill the requested Authenticator Assurance Level',
      reason:
        'An active session was found but it does not fulfill the requested Authenticator Assurance Level. Please verify yourself with a second factor to resolve this issue.',
      details: { redirect_browser_to: redirectTo },
    },
    { redirect_browser_to: redirectTo },
  );
}

/**
 * DoesSessionSatisfy as an error: undefined when the session is good enough, else `session_aal2_required`
 * pointing at an aal2 login that returns to `requestUrl` (settings pass their own URL; whoami passes none).
 */
export function checkSessionAal(
  options: ResolvedMockOptions,
  session: SessionRecord,
  identity: IdentityRecord | undefined,
  required: RequiredAal,
  requestUrl?: string,
): HerodotError | undefined {
  if (sessionSatisfies(options, session, identity, required)) return undefined;
  return aalNotSatisfied(aal2LoginUrl(options, { returnTo: requestUrl }));
}

/** flow.NewBrowserLocationChangeRequiredError: 422 telling an SPA to send the browser somewhere. */
export function browserLocationChangeRequired(redirectTo: string): HerodotError {
  return new HerodotError(
    422,
    {
      id: 'browser_location_change_required',
      message: 'browser location change required',
      reason: `In order to complete this flow please redirect the browser to: ${redirectTo}`,
    },
    { redirect_browser_to: redirectTo },
  );
}
