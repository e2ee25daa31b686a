import { flowCsrfBinding } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { HerodotError } from '../errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse } from '../http';
import { messages } from '../messages';
import { fetchSession } from '../session';
import type { FlowRecord } from '../store';
import type { OutOfBandStrategy } from '../strategies/out-of-band';
import { recoveryByCode } from '../strategies/recovery-code';
import { recoveryByLink } from '../strategies/recovery-link';
import type { FlowType } from '../types';
import {
  type FlowDefinition,
  findFlow,
  flowOrRedirect,
  getFlowResponse,
  newFlowRecord,
  requireFlowId,
  saveFlow,
  serializeContinueWith,
  serializeFlowFields,
  writeFlowError,
} from './flow';
import { redirectToReplacement, showFlow } from './out-of-band';

export function recoveryStrategy(ex: Exchange): OutOfBandStrategy {
  return ex.options.recoveryStrategy === 'link' ? recoveryByLink : recoveryByCode;
}

export const recoveryDefinition: FlowDefinition = {
  kind: 'recovery',
  uiUrl: (ex) => ex.options.ui.recovery,
  expiredMessage: messages.recoveryFlowExpired,
  serialize: serializeRecoveryFlow,
  sortNodes: () => {},
  replaceExpired: async (ex, expired) =>
    createRecoveryFlow(ex, expired.type, { returnTo: expired.returnTo, requestUrl: expired.requestUrl }),
};

export function serializeRecoveryFlow(flow: FlowRecord): Record<string, unknown> {
  return {
    ...serializeFlowFields(flow),
    ...serializeContinueWith(flow),
  };
}

/** recovery.NewFlow: `active` is the configured strategy from the start; browser flows are CSRF-bound. */
export function createRecoveryFlow(
  ex: Exchange,
  type: FlowType,
  params: { returnTo?: string; requestUrl?: string } = {},
): FlowRecord {
  const flow = newFlowRecord(ex, 'recovery', type, params.requestUrl);
  if (params.returnTo) flow.returnTo = params.returnTo;
  const strategy = recoveryStrategy(ex);
  flow.active = strategy.id;
  strategy.populate(ex, flow);
  if (type === 'browser') flow.csrfToken = flowCsrfBinding(ex);
  saveFlow(ex, flow);
  return flow;
}

/** recovery.ErrAlreadyLoggedIn: a signed-in user has nothing to recover. */
export const recoveryAlreadyLoggedIn = () =>
  new HerodotError(400, {
    id: 'session_already_available',
    reason: 'A valid session was detected and thus recovery is not possible.',
  });

/** `GET /self-service/recovery/browser`: refused with a session (400 JSON, or a 302 to the default return URL). */
export function initBrowserRecovery(ex: Exchange): Response {
  if (fetchSession(ex).session) {
    if (ex.isJsonRequest()) return errorResponse(recoveryAlreadyLoggedIn());
    return redirectResponse(ex.options.defaultReturnTo, 302);
  }
  try {
    return flowOrRedirect(ex, recoveryDefinition, createRecoveryFlow(ex, 'browser'));
  } catch (error) {
    return forwardError(ex, error);
  }
}

export function initApiRecovery(ex: Exchange): Response {
  if (fetchSession(ex).session) return errorResponse(recoveryAlreadyLoggedIn());
  try {
    return jsonResponse(serializeRecoveryFlow(createRecoveryFlow(ex, 'api')));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

/** `GET /self-service/recovery/flows?id=`: CSRF-bound for browser flows; 410 without an id once expired. */
export function getRecoveryFlow(ex: Exchange): Response {
  return getFlowResponse(ex, 'recovery', serializeRecoveryFlow);
}

/**
 * `POST` (and `GET` for links) `/self-service/recovery?flow=[&token=]`: Handler.updateRecoveryFlow. An expired
 * flow is replaced: API clients get 410 + `use_flow_id` (continue_with transitions), browsers are redirected.
 */
export async function submitRecovery(ex: Exchange): Promise<Response> {
  let flow: FlowRecord;
  try {
    flow = findFlow(ex, 'recovery', requireFlowId(ex));
  } catch (error) {
    return writeFlowError(ex, recoveryDefinition, undefined, error);
  }
  try {
    if (flow.expiresAt <= ex.now()) return replaceExpired(ex, flow);
    const answered = await recoveryStrategy(ex).submit(ex, flow, await ex.body());
    return answered ?? showFlow(ex, recoveryDefinition, flow);
  } catch (error) {
    return writeFlowError(ex, recoveryDefinition, flow, error);
  }
}

async function replaceExpired(ex: Exchange, flow: FlowRecord): Promise<Response> {
  const replacement = await recoveryDefinition.replaceExpired(ex, flow);
  const now = ex.now();
  replacement.ui.messages = [messages.recoveryFlowExpired(flow.expiresAt, now)];
  if (replacement.type !== 'api') return redirectToReplacement(ex, recoveryDefinition, replacement);
  saveFlow(ex, replacement);
  const gone = new HerodotError(
    410,
    {
      id: 'self_service_flow_expired',
      reason: `The self-service flow expired ${(Math.max(0, now - flow.expiresAt) / 60_000).toFixed(2)} minutes ago, initialize a new one.`,
      message: 'self-service flow expired',
      details: { continue_with: [{ action: 'show_recovery_ui', flow: { id: replacement.id } }] },
    },
    {
      expired_at: new Date(flow.expiresAt).toISOString(),
      since: Math.max(0, now - flow.expiresAt) * 1_000_000,
      use_flow_id: replacement.id,
    },
  );
  return errorResponse(gone);
}
