import { flowCsrfBinding, maskedCsrfToken } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { HerodotError, kratosErrors, ValidationError } from '../errors';
import { runVerifier } from '../hooks/verifier';
import { type Exchange, errorResponse, jsonResponse, redirectResponse } from '../http';
import { serializeIdentity } from '../identity';
import { messages } from '../messages';
import { csrfNode, passwordLoginOrder, sortNodes, upsertNode } from '../nodes';
import { flowReturnTo, secureReturnTo } from '../return-to';
import { createSession, fetchSession, issueSessionCookie, serializeSession } from '../session';
import type { FlowRecord, IdentityRecord } from '../store';
import { StepCompleted } from '../strategies/identifier-first';
import { populateTraitNodes, traitKeys } from '../strategies/profile';
import { profileFirst } from '../strategies/profile-first';
import { registrationStrategies } from '../strategies/registration-strategies';
import { NOT_RESPONSIBLE } from '../strategies/strategy';
import { StrategyResponse } from '../strategies/strategy-response';
import type { FlowType } from '../types';
import {
  assertNotExpired,
  type FlowDefinition,
  findFlow,
  flowOrRedirect,
  getFlowResponse,
  newFlowRecord,
  requireFlowId,
  saveFlow,
  serializeFlowFields,
  writeFlowError,
} from './flow';

export const registrationDefinition: FlowDefinition = {
  kind: 'registration',
  uiUrl: (ex) => ex.options.ui.registration,
  expiredMessage: messages.registrationFlowExpired,
  serialize: serializeRegistrationFlow,
  sortNodes: sortRegistrationNodes,
  replaceExpired: (ex, expired) =>
    createRegistrationFlow(ex, expired.type, { returnTo: expired.returnTo, requestUrl: expired.requestUrl }),
};

/**
 * registration.SortNodes. One-step forms put the password right after the first trait (node.PasswordLoginOrder)
 * and `method` last; two-step forms keep the traits together and order by group, as Kratos' snapshots show.
 */
function sortRegistrationNodes(ex: Exchange, flow: FlowRecord): void {
  if (ex.options.registrationStyle === 'unified') {
    sortNodes(flow.ui, { keys: passwordLoginOrder(traitKeys(ex)) });
    return;
  }
  sortNodes(flow.ui, {
    groups: ['oidc', 'default', 'webauthn', 'passkey', 'code', 'password', 'profile'],
    keys: ['csrf_token', ...traitKeys(ex), 'password'],
  });
}

export function serializeRegistrationFlow(flow: FlowRecord): Record<string, unknown> {
  return {
    ...serializeFlowFields(flow),
    organization_id: null,
  };
}

/** Handler.NewRegistrationFlow: refuses a logged-in user, hydrates traits + credentials, binds CSRF. */
export async function createRegistrationFlow(
  ex: Exchange,
  type: FlowType,
  params: { returnTo?: string; requestUrl?: string } = {},
): Promise<FlowRecord> {
  const flow = newFlowRecord(ex, 'registration', type, params.requestUrl);
  if (params.returnTo) flow.returnTo = params.returnTo;
  if (fetchSession(ex).session) throw kratosErrors.alreadyLoggedIn('registration');

  populateTraitNodes(ex, flow);
  if (ex.options.registrationStyle === 'profile_first') profileFirst.populateProfileStep(ex, flow);
  else for (const strategy of registrationStrategies(ex)) strategy.populateCredentials(ex, flow);
  if (type === 'browser') {
    upsertNode(flow.ui, csrfNode(maskedCsrfToken(ex)));
    flow.csrfToken = flowCsrfBinding(ex);
  }
  registrationDefinition.sortNodes(ex, flow);
  saveFlow(ex, flow);
  return flow;
}

export async function initBrowserRegistration(ex: Exchange): Promise<Response> {
  try {
    return flowOrRedirect(ex, registrationDefinition, await createRegistrationFlow(ex, 'browser'));
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

export async function initApiRegistration(ex: Exchange): Promise<Response> {
  try {
    return jsonResponse(serializeRegistrationFlow(await createRegistrationFlow(ex, 'api')));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

export function getRegistrationFlow(ex: Exchange): Response {
  return getFlowResponse(ex, 'registration', serializeRegistrationFlow);
}

/** `POST /self-service/registration?flow=`: Handler.updateRegistrationFlow. */
export async function submitRegistration(ex: Exchange): Promise<Response> {
  let flow: FlowRecord | undefined;
  try {
    flow = findFlow(ex, 'registration', requireFlowId(ex));
  } catch (error) {
    return writeFlowError(ex, registrationDefinition, undefined, error);
  }
  try {
    if (fetchSession(ex).session) {
      if (!ex.isJsonRequest() && flow.type === 'browser') return redirectResponse(ex.options.defaultReturnTo);
      throw kratosErrors.alreadyLoggedIn('registration');
    }
    assertNotExpired(ex, flow);
    if (flow.state === 'passed_challenge') throw ValidationError.global(messages.registrationRetrySuccess());
    const body = await ex.body();
    if (ex.options.registrationStyle === 'profile_first')
      await profileFirst.handleProfileStep(ex, flow, body);
    let identity: IdentityRecord | undefined;
    for (const strategy of registrationStrategies(ex)) {
      const result = await strategy.register(ex, flow, body);
      if (result === NOT_RESPONSIBLE) continue;
      identity = result;
      break;
    }
    if (!identity) throw ValidationError.global(messages.registrationNoStrategy());
    return completeRegistration(ex, flow, identity);
  } catch (error) {
    if (error instanceof StepCompleted) return error.respond(ex, registrationDefinition, flow);
    if (error instanceof StrategyResponse) return error.respond(ex, registrationDefinition, flow);
    return writeFlowError(ex, registrationDefinition, flow, error);
  }
}

/**
 * HookExecutor.PostRegistrationHook: store the identity, start the session, run the verification hook (Kratos
 * inserts it first), then the session hook answers. Browser JSON gets `redirect_browser_to` before the
 * verification items (it is added before the hooks run); API clients get the session token last.
 */
export function completeRegistration(ex: Exchange, flow: FlowRecord, identity: IdentityRecord): Response {
  const returnTo = secureReturnTo(ex.options, flowReturnTo(flow));
  const taken = new Set([...ex.store.identities.values()].flatMap((i) => i.passwordIdentifiers));
  if (identity.passwordIdentifiers.some((id) => taken.has(id))) {
    throw ValidationError.global(messages.duplicateCredentials());
  }
  ex.store.identities.set(identity.id, identity);
  const session = createSession(ex, identity, flow.active ?? 'password');
  flow.state = 'passed_challenge';
  saveFlow(ex, flow);
  const verification = runVerifier(ex, flow, identity);

  const serializedIdentity = serializeIdentity(identity, ex.options.publicUrl);
  if (flow.type === 'api') {
    return jsonResponse({
      session: serializeSession(ex, session),
      session_token: session.token,
      identity: serializedIdentity,
      continue_with: [...verification, { action: 'set_ory_session_token', ory_session_token: session.token }],
    });
  }
  issueSessionCookie(ex, session);
  if (ex.isJsonRequest()) {
    return jsonResponse({
      session: serializeSession(ex, session),
      identity: serializedIdentity,
      continue_with: [{ action: 'redirect_browser_to', redirect_browser_to: returnTo }, ...verification],
    });
  }
  return redirectResponse(returnTo);
}
