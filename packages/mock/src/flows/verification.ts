import { flowCsrfBinding } from '../csrf';
import { asHerodot, forwardError } from '../error-manager';
import { type Exchange, errorResponse, jsonResponse } from '../http';
import { messages } from '../messages';
import type { FlowRecord } from '../store';
import type { VerificationStrategy } from '../strategies/out-of-band';
import { verificationByCode } from '../strategies/verification-code';
import { verificationByLink } from '../strategies/verification-link';
import type { FlowType } from '../types';
import {
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
import { redirectToReplacement, showFlow } from './out-of-band';

export function verificationStrategy(ex: Exchange): VerificationStrategy {
  return ex.options.verificationStrategy === 'link' ? verificationByLink : verificationByCode;
}

export const verificationDefinition: FlowDefinition = {
  kind: 'verification',
  uiUrl: (ex) => ex.options.ui.verification,
  expiredMessage: messages.verificationFlowExpired,
  serialize: serializeVerificationFlow,
  // Verification keeps the strategy's order: its nodes are rebuilt on every step.
  sortNodes: () => {},
  replaceExpired: async (ex, expired) =>
    createVerificationFlow(ex, expired.type, { returnTo: expired.returnTo, requestUrl: expired.requestUrl }),
};

export function serializeVerificationFlow(flow: FlowRecord): Record<string, unknown> {
  return {
    ...serializeFlowFields(flow),
  };
}

interface VerificationParams {
  returnTo?: string;
  requestUrl?: string;
  /** `sent_email` for the flows the verification hook starts after registration or settings. */
  state?: 'choose_method' | 'sent_email';
}

/** verification.NewFlow + PopulateVerificationMethod; browser flows are bound to the current CSRF cookie. */
export function createVerificationFlow(
  ex: Exchange,
  type: FlowType,
  params: VerificationParams = {},
): FlowRecord {
  const flow = newFlowRecord(ex, 'verification', type, params.requestUrl);
  if (params.returnTo) flow.returnTo = params.returnTo;
  const strategy = verificationStrategy(ex);
  flow.active = strategy.id;
  flow.state = params.state ?? 'choose_method';
  strategy.populate(ex, flow);
  if (type === 'browser') flow.csrfToken = flowCsrfBinding(ex);
  saveFlow(ex, flow);
  return flow;
}

export function initBrowserVerification(ex: Exchange): Response {
  try {
    return flowOrRedirect(ex, verificationDefinition, createVerificationFlow(ex, 'browser'));
  } catch (error) {
    return forwardError(ex, error);
  }
}

export function initApiVerification(ex: Exchange): Response {
  try {
    return jsonResponse(serializeVerificationFlow(createVerificationFlow(ex, 'api')));
  } catch (error) {
    return errorResponse(asHerodot(error));
  }
}

/** `GET /self-service/verification/flows?id=`: CSRF-bound for browser flows; 410 without an id once expired. */
export function getVerificationFlow(ex: Exchange): Response {
  return getFlowResponse(ex, 'verification', serializeVerificationFlow);
}

/** `POST` (and `GET` for links) `/self-service/verification?flow=`: Handler.updateVerificationFlow. */
export async function submitVerification(ex: Exchange): Promise<Response> {
  let flow: FlowRecord;
  try {
    flow = findFlow(ex, 'verification', requireFlowId(ex));
  } catch (error) {
    return writeFlowError(ex, verificationDefinition, undefined, error);
  }
  try {
    if (flow.expiresAt <= ex.now()) {
      const replacement = await verificationDefinition.replaceExpired(ex, flow);
      replacement.ui.messages = [messages.verificationFlowExpired(flow.expiresAt, ex.now())];
      return redirectToReplacement(ex, verificationDefinition, replacement);
    }
    const answered = await verificationStrategy(ex).submit(ex, flow, await ex.body());
    return answered ?? showFlow(ex, verificationDefinition, flow);
  } catch (error) {
    return writeFlowError(ex, verificationDefinition, flow, error);
  }
}
