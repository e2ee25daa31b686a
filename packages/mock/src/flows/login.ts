import { aal2LoginUrl, browserLocationChangeRequired, sessionSatisfies } from '../aal';
import { flowCsrfBinding, maskedCsrfToken } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { HerodotError, kratosErrors, ValidationError } from '../errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse } from '../http';
import { messages } from '../messages';
import { csrfNode, sortNodes, upsertNode } from '../nodes';
import { linkDuplicateCredentials } from '../oidc/credentials';
import { flowReturnTo, secureReturnTo } from '../return-to';
import {
  createSession,
  fetchSession,
  issueSessionCookie,
  reauthenticate,
  type SessionLookup,
  serializeSession,
} from '../session';
import type { FlowRecord, IdentityRecord, SessionRecord } from '../store';
import { codeLogin } from '../strategies/code-login';
import { enabledStrategies, isMethodEnabled } from '../strategies/enabled-methods';
import { identifierFirstLogin, StepCompleted } from '../strategies/identifier-first';
import { oidcLogin } from '../strategies/oidc-login';
import { passkeyLogin, populatePasskeyIdentification } from '../strategies/passkey-login';
import { passwordLogin } from '../strategies/password';
import { type LoginStrategy, NOT_RESPONSIBLE } from '../strategies/strategy';
import { StrategyResponse } from '../strategies/strategy-response';
import type { AuthenticatorAssuranceLevel, FlowType } from '../types';
import {
  assertNotExpired,
  type FlowDefinition,
  findFlow,
  flowOrRedirect,
  getFlowResponse,
  iso,
  newFlowRecord,
  requireFlowId,
  saveFlow,
  serializeFlowFields,
  writeFlowError,
} from './flow';
import { populateSecondFactors, secondFactorLogin } from './login-second-factor';

/** Login methods in the order Kratos asks them; identifier_first only answers its own step. */
const STRATEGIES: LoginStrategy[] = [identifierFirstLogin, passwordLogin, codeLogin, oidcLogin, passkeyLogin];
const FIRST_FACTOR: LoginStrategy[] = [passwordLogin, codeLogin, oidcLogin, passkeyLogin];

// login/sort.go: by group, then csrf_token, identifier, password; `method` last in its group.
const GROUP_ORDER = [
  'oidc',
  'default',
  'identifier_first',
  'webauthn',
  'passkey',
  'code',
  'password',
  'totp',
  'lookup_secret',
] as const;

export const loginDefinition: FlowDefinition = {
  kind: 'login',
  uiUrl: (ex) => ex.options.ui.login,
  expiredMessage: messages.loginFlowExpired,
  serialize: serializeLoginFlow,
  sortNodes: (_ex, flow) =>
    sortNodes(flow.ui, { groups: [...GROUP_ORDER], keys: ['csrf_token', 'identifier', 'password'] }),
  replaceExpired: (ex, expired) =>
    createLoginFlow(ex, expired.type, {
      refresh: expired.refresh ?? false,
      aal: expired.requestedAal ?? 'aal1',
      returnTo: expired.returnTo,
      requestUrl: expired.requestUrl,
    }),
};

export function serializeLoginFlow(flow: FlowRecord): Record<string, unknown> {
  return {
    ...serializeFlowFields(flow),
    organization_id: null,
    created_at: iso(flow.issuedAt),
    updated_at: iso(flow.updatedAt),
    refresh: flow.refresh ?? false,
    requested_aal: flow.requestedAal ?? 'aal1',
  };
}

interface LoginParams {
  refresh: boolean;
  aal: AuthenticatorAssuranceLevel;
  returnTo?: string;
  requestUrl?: string;
}

/** Go's strconv.ParseBool, which Kratos uses for `?refresh=`. */
function parseBool(value: string | null): boolean {
  return value !== null && ['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value);
}

function paramsFromQuery(ex: Exchange): LoginParams {
  const aal = ex.query('aal') || 'aal1';
  if (aal !== 'aal1' && aal !== 'aal2') throw kratosErrors.invalidAal(aal);
  return { refresh: parseBool(ex.query('refresh')), aal };
}

/** Handler.NewLoginFlow: checks the session, hydrates the form with every strategy, sorts, binds CSRF. */
export async function createLoginFlow(
  ex: Exchange,
  type: FlowType,
  params: LoginParams,
): Promise<FlowRecord> {
  const flow = newFlowRecord(ex, 'login', type, params.requestUrl);
  if (params.returnTo) flow.returnTo = params.returnTo;
  flow.refresh = params.refresh;
  flow.requestedAal = params.aal;

  const { session } = fetchSession(ex);
  if (!session) {
    // An AAL above 1 needs a first factor first; a refresh without a session is a plain login.
    if (params.aal === 'aal2') throw kratosErrors.aal1Required();
    flow.refresh = false;
  } else if (!flow.refresh && (params.aal === 'aal1' || params.aal <= session.aal)) {
    throw kratosErrors.alreadyLoggedIn('login');
  }

  const identity = session ? ex.store.identities.get(session.identityId) : undefined;
  if (params.aal === 'aal1') {
    if (flow.refresh && identity)
      for (const strategy of enabledStrategies(ex, FIRST_FACTOR))
        strategy.populateRefresh(ex, flow, identity);
    else if (ex.options.loginStyle === 'identifier_first') {
      identifierFirstLogin.populateFirstFactor(ex, flow);
      // PopulateLoginMethodIdentifierFirstIdentification: the provider buttons are there from the first step.
      if (isMethodEnabled(ex, 'oidc')) oidcLogin.populateFirstFactor(ex, flow);
      // …and so is the passkey autofill on the identifier field.
      if (isMethodEnabled(ex, 'passkey')) populatePasskeyIdentification(ex, flow);
    } else for (const strategy of enabledStrategies(ex, FIRST_FACTOR)) strategy.populateFirstFactor(ex, flow);
  } else if (identity) {
    populateSecondFactors(ex, flow, identity);
  }
  if (flow.refresh) flow.ui.messages = [messages.loginReAuth()];
  if (session && params.aal === 'aal2' && session.aal === 'aal1') {
    flow.ui.messages = [...(flow.ui.messages ?? []), messages.loginMfa()];
  }
  loginDefinition.sortNodes(ex, flow);
  if (type === 'browser') {
    upsertNode(flow.ui, csrfNode(maskedCsrfToken(ex)));
    flow.csrfToken = flowCsrfBinding(ex);
    loginDefinition.sortNodes(ex, flow);
  }
  saveFlow(ex, flow);
  return flow;
}

export async function initBrowserLogin(ex: Exchange): Promise<Response> {
  try {
    const flow = await createLoginFlow(ex, 'browser', paramsFromQuery(ex));
    return flowOrRedirect(ex, loginDefinition, flow);
  } catch (error) {
    if (error instanceof HerodotError && error.id === 'session_already_available' && !ex.acceptsJson()) {
      try {
        return redirectResponse(secureReturnTo(ex.options, ex.query('return_to')));
      } catch (redirectError) {
        return forwardError(ex, redirectError);
      }
    }
    return forwardError(ex, error);
  }
}

export async function initApiLogin(ex: Exchange): Promise<Response> {
  try {
    return jsonResponse(serializeLoginFlow(await createLoginFlow(ex, 'api', paramsFromQuery(ex))));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

/** `GET /self-service/login/flows?id=`: CSRF-bound for browser flows, 410 once expired. */
export function getLoginFlow(ex: Exchange): Response {
  return getFlowResponse(ex, 'login', serializeLoginFlow);
}

/** `POST /self-service/login?flow=`: Handler.updateLoginFlow. */
export async function submitLogin(ex: Exchange): Promise<Response> {
  let flow: FlowRecord | undefined;
  try {
    flow = findFlow(ex, 'login', requireFlowId(ex));
  } catch (error) {
    return writeFlowError(ex, loginDefinition, undefined, error);
  }
  const lookup = fetchSession(ex);
  try {
    if (lookup.session && !flow.refresh && (flow.requestedAal ?? 'aal1') <= lookup.session.aal) {
      if (!ex.isJsonRequest() && flow.type === 'browser') return redirectResponse(ex.options.defaultReturnTo);
      throw kratosErrors.alreadyLoggedIn('login');
    }
    if (!lookup.session && flow.requestedAal === 'aal2') throw kratosErrors.aal1Required();
    assertNotExpired(ex, flow);
    if (flow.state === 'passed_challenge') throw ValidationError.global(messages.loginRetrySuccess());
    const body = await ex.body();
    let identity: IdentityRecord | undefined;
    const sessionIdentity = lookup.session && ex.store.identities.get(lookup.session.identityId);
    // login.CheckAAL: an aal2 flow is answered by second factors only, for the session's identity.
    if (flow.requestedAal === 'aal2' && sessionIdentity) {
      identity = await secondFactorLogin(ex, flow, body, sessionIdentity);
    }
    for (const strategy of flow.requestedAal === 'aal2' ? [] : enabledStrategies(ex, STRATEGIES)) {
      const result = await strategy.login(ex, flow, body);
      if (result === NOT_RESPONSIBLE) continue;
      identity = result;
      break;
    }
    if (!identity) throw ValidationError.global(messages.loginNoStrategy());
    return completeLogin(ex, flow, identity, lookup);
  } catch (error) {
    if (error instanceof StepCompleted) return error.respond(ex, loginDefinition, flow);
    if (error instanceof StrategyResponse) return error.respond(ex, loginDefinition, flow);
    return writeFlowError(ex, loginDefinition, flow, error);
  }
}

/** HookExecutor.PostLoginHook: a session (or the refreshed one), then JSON, a token, or a redirect. */
export function completeLogin(
  ex: Exchange,
  flow: FlowRecord,
  identity: IdentityRecord,
  lookup: SessionLookup,
): Response {
  const returnTo = secureReturnTo(ex.options, flowReturnTo(flow));
  linkDuplicateCredentials(ex, flow, identity);
  const method = flow.active ?? 'password';
  const session =
    lookup.session && lookup.session.identityId === identity.id
      ? lookup.session
      : createSession(ex, identity, method);
  // The method proves the level the flow asked for (first factors aal1, totp / lookup_secret aal2).
  if (session === lookup.session) reauthenticate(ex, session, method, flow.requestedAal ?? 'aal1');
  flow.state = 'passed_challenge';
  saveFlow(ex, flow);
  const aal2Redirect = requiresAal2(ex, flow, identity, session);

  if (flow.type === 'api') {
    const serialized: Record<string, unknown> = serializeSession(ex, session);
    // Kratos omits the identity until the second factor is done (in case the first was phished).
    if (aal2Redirect) delete serialized.identity;
    return jsonResponse({ session_token: session.token, session: serialized });
  }
  issueSessionCookie(ex, session);
  if (aal2Redirect) {
    return ex.isJsonRequest()
      ? errorResponse(browserLocationChangeRequired(aal2Redirect))
      : redirectResponse(aal2Redirect);
  }
  if (ex.isJsonRequest()) {
    return jsonResponse({
      session: serializeSession(ex, session),
      continue_with: [{ action: 'redirect_browser_to', redirect_browser_to: returnTo }],
    });
  }
  return redirectResponse(returnTo);
}

/**
 * HookExecutor.requiresAAL2: when whoami would refuse the new session (`session.whoami.required_aal`), the aal2
 * login URL, carrying the `return_to` and `login_challenge` this flow was started with.
 */
function requiresAal2(
  ex: Exchange,
  flow: FlowRecord,
  identity: IdentityRecord,
  session: SessionRecord,
): string | undefined {
  if (sessionSatisfies(ex.options, session, identity, ex.options.requiredAal)) return undefined;
  const request = new URL(flow.requestUrl);
  return aal2LoginUrl(ex.options, {
    returnTo: request.searchParams.get('return_to'),
    loginChallenge: request.searchParams.get('login_challenge'),
  });
}
