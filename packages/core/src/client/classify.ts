import { invalidResponseError, kratosError, networkError } from './errors';
import {
  continueWithOf,
  isErrorEnvelope,
  isFlowBody,
  isRecord,
  isSession,
  nonEmptyString,
  redirectTarget,
} from './guards';
import type { Outcome, RedirectReason, RestartReason } from './outcome';
import type { ContinueWith, Flow, FlowType, Identity, KratosErrorEnvelope } from './types';

export type FlowPhase = 'create' | 'get' | 'submit';

export interface ClassifyContext {
  flowType: FlowType;
  phase: FlowPhase;
}

/** Flows whose success is a flow (not a session) end in one of these states. */
const finishedStates = ['success', 'passed_challenge'];

const isOk = (status: number) => status >= 200 && status < 300;

/**
 * Reduces any answer of a self-service endpoint to what a UI does next (the table in DESIGN.md §3 and
 * ../kratos/NOTES.md §2). Pure: `status` 0 stands for "no answer" (network down).
 */
export function classify<F extends Flow = Flow>(
  status: number,
  body: unknown,
  { flowType, phase }: ClassifyContext,
): Outcome<F> {
  if (status === 0) return { kind: 'error', status, error: networkError(flowType, undefined) };
  // Without a flow (404 on create) there is nothing to restart; with one, a lost flow means starting over.
  const lost = phase !== 'create' && status === 404;

  if (isFlowBody(body)) {
    if (flowType !== 'login' && flowType !== 'registration' && finishedStates.includes(body.state as string))
      return successOf<F>(status, body, body as F);
    // 400 + flow is not a failure: it is the same flow with field messages, or its next step
    // (identifier_first, two-step registration, "code sent").
    if (isOk(status) || status === 400) return { kind: 'flow', status, flow: body as F };
  }
  if (isOk(status) && isSuccessBody(body)) return successOf<F>(status, body, undefined);
  if (!isErrorEnvelope(body)) {
    // No readable body. The status alone still says enough for these.
    if (status === 401) return { kind: 'unauthorized', status };
    if (status === 410 || lost) return { kind: 'restart', status, reason: lost ? 'not_found' : 'gone' };
    return { kind: 'error', status, error: invalidResponseError(flowType, status, body) };
  }

  const error = body;
  const id = error.error.id;
  const to = redirectTarget(error);
  const useFlowId = nonEmptyString(error.use_flow_id);
  if (id === 'session_already_available' || id === 'session_aal_already_fulfilled') {
    return { kind: 'already', status, error };
  }
  // Kratos already made the replacement flow (with a message saying why): use it.
  if (useFlowId) return { kind: 'restart', status, reason: restartReasonOf(id), useFlowId, error };
  if (to) {
    const reason: RedirectReason =
      id === 'browser_location_change_required' || status === 422
        ? 'browser_location_change_required'
        : id === 'session_refresh_required' || id === 'session_aal2_required'
          ? id
          : 'redirect_browser_to';
    return { kind: 'redirect', status, to, reason, error };
  }
  if (status === 410) {
    // Get-flow on an expired browser flow names the init URL to start over at (with return_to kept).
    const details = error.error.details;
    const initUrl = phase === 'get' && isRecord(details) ? nonEmptyString(details.redirect_to) : undefined;
    if (initUrl) return { kind: 'redirect', status, to: initUrl, reason: 'self_service_flow_expired', error };
    return { kind: 'restart', status, reason: restartReasonOf(id), error };
  }
  if (id === 'security_csrf_violation') return { kind: 'restart', status, reason: 'csrf', error };
  if (lost || (status === 400 && isMissingFlowId(error)))
    return { kind: 'restart', status, reason: 'not_found', error };
  if (status === 401) return { kind: 'unauthorized', status, error };
  return { kind: 'error', status, error: kratosError(flowType, status, error) };
}

function restartReasonOf(id: string | undefined): RestartReason {
  if (id === 'self_service_flow_expired') return 'expired';
  return id === 'self_service_flow_replaced' ? 'replaced' : 'gone';
}

/** `flow.GetFlowID`: 400 "The flow query parameter is missing or malformed." (herodot puts it in `reason`). */
function isMissingFlowId(envelope: KratosErrorEnvelope): boolean {
  const { reason = '', message = '' } = envelope.error;
  return /flow query parameter is missing or malformed/i.test(`${reason} ${message}`);
}

/** Login `{session, session_token?, continue_with}`, registration `{identity, session?, …}`. */
function isSuccessBody(body: unknown): body is Record<string, unknown> {
  if (!isRecord(body) || 'ui' in body || 'error' in body) return false;
  return (
    isSession(body.session) ||
    typeof body.session_token === 'string' ||
    isRecord(body.identity) ||
    Array.isArray(body.continue_with)
  );
}

function successOf<F extends Flow>(
  status: number,
  body: Record<string, unknown>,
  flow: F | undefined,
): Outcome<F> {
  const continueWith: ContinueWith[] = continueWithOf(body.continue_with) ?? [];
  return {
    kind: 'success',
    status,
    flow,
    session: isSession(body.session) ? body.session : undefined,
    identity: isRecord(body.identity) && !flow ? (body.identity as unknown as Identity) : undefined,
    sessionToken: nonEmptyString(body.session_token) ?? sessionTokenOf(continueWith),
    sessionTokenExchangeCode: nonEmptyString(body.session_token_exchange_code),
    continueWith,
    body,
  };
}

export function sessionTokenOf(continueWith: readonly ContinueWith[]): string | undefined {
  for (const item of continueWith) {
    const token = item.action === 'set_ory_session_token' && nonEmptyString(item.ory_session_token);
    if (token) return token;
  }
  return undefined;
}
