import { answerError, noAnswerError } from './errors';
import {
  continueWithOf,
  continueWithToken,
  isErrorEnvelope,
  isFlowBody,
  isRecord,
  isSession,
  nonEmptyString,
  redirectTarget,
} from './guards';
import type { Outcome, RedirectReason, RestartReason } from './outcome';
import type { Flow, FlowType, Identity } from './types';

export type FlowPhase = 'create' | 'get' | 'submit';

export interface ClassifyContext {
  flowType: FlowType;
  phase: FlowPhase;
}

/** herodot puts `flow.GetFlowID`'s "The flow query parameter is missing or malformed." in `reason`. */
const missingFlowId = /flow query parameter is missing or malformed/i;

/** A flow whose success is a flow, not a session (settings, recovery, verification), ends in one of these states. */
export const isFinished = (flow: { state?: unknown } | undefined): boolean =>
  flow?.state === 'success' || flow?.state === 'passed_challenge';

/**
 * Reduces any answer of a self-service endpoint to what a UI does next (the table in DESIGN.md §3 and
 * ../kratos/NOTES.md §2). Pure: `status` 0 stands for "no answer" (network down).
 */
export function classify<F extends Flow = Flow>(
  status: number,
  body: unknown,
  { flowType, phase }: ClassifyContext,
): Outcome<F> {
  if (status === 0) return { kind: 'error', status, error: noAnswerError('network') };
  const ok = status >= 200 && status < 300;

  if (isFlowBody(body)) {
    if (flowType !== 'login' && flowType !== 'registration' && isFinished(body))
      return successOf<F>(status, body, body as F);
    // 400 + flow is not a failure: it is the same flow with field messages, or its next step
    // (identifier_first, two-step registration, "code sent").
    if (ok || status === 400) return { kind: 'flow', status, flow: body as F };
  } else if (ok && isSuccessBody(body)) return successOf<F>(status, body);

  // Without a readable envelope the status alone still says enough for 401, 404 and 410.
  const error = isErrorEnvelope(body) ? body : undefined;
  const { id, details, reason, message } = error?.error ?? {};
  if (error && (id === 'session_already_available' || id === 'session_aal_already_fulfilled'))
    return { kind: 'already', status, error };

  // Kratos already made the replacement flow (with a message saying why): use it.
  const useFlowId = nonEmptyString(error?.use_flow_id);
  const to = redirectTarget(error);
  // Get-flow on an expired browser flow names the init URL to start over at (with return_to kept).
  const initUrl = status === 410 && phase === 'get' ? nonEmptyString(details?.redirect_to) : undefined;
  if (!useFlowId && (to || initUrl)) {
    const why: RedirectReason = !to
      ? 'self_service_flow_expired'
      : id === 'browser_location_change_required' || status === 422
        ? 'browser_location_change_required'
        : id === 'session_refresh_required' || id === 'session_aal2_required'
          ? id
          : 'redirect_browser_to';
    return { kind: 'redirect', status, to: (to ?? initUrl) as string, reason: why, error };
  }

  // Without a flow (404 on create) there is nothing to restart; with one, a lost flow means starting over.
  // A 400 for a missing or malformed ?flow= is a lost flow too.
  const restart: RestartReason | undefined =
    useFlowId || status === 410
      ? id === 'self_service_flow_expired'
        ? 'expired'
        : id === 'self_service_flow_replaced'
          ? 'replaced'
          : 'gone'
      : id === 'security_csrf_violation'
        ? 'csrf'
        : (phase !== 'create' && status === 404) ||
            (status === 400 &&
              // Only strings: a hostile body's object with a broken toString must not throw here.
              [reason, message].some((text) => typeof text === 'string' && missingFlowId.test(text)))
          ? 'not_found'
          : undefined;
  if (restart) return { kind: 'restart', status, reason: restart, useFlowId, error };
  if (status === 401) return { kind: 'unauthorized', status, error };
  return { kind: 'error', status, error: answerError(status, body) };
}

/** Login `{session, session_token?, continue_with}`, registration `{identity, session?, …}`. */
const isSuccessBody = (body: unknown): body is Record<string, unknown> =>
  isRecord(body) &&
  !('ui' in body || 'error' in body) &&
  (isSession(body.session) ||
    typeof body.session_token === 'string' ||
    isRecord(body.identity) ||
    Array.isArray(body.continue_with));

function successOf<F extends Flow>(status: number, body: Record<string, unknown>, flow?: F): Outcome<F> {
  const continueWith = continueWithOf(body.continue_with);
  return {
    kind: 'success',
    status,
    flow,
    session: isSession(body.session) ? body.session : undefined,
    identity: isRecord(body.identity) && !flow ? (body.identity as unknown as Identity) : undefined,
    // Native registration and recovery hand the token over only in continue_with.
    sessionToken: nonEmptyString(body.session_token) ?? continueWith.map(continueWithToken).find(Boolean),
    sessionTokenExchangeCode: nonEmptyString(body.session_token_exchange_code),
    continueWith,
    body,
  };
}
