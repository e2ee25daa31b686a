import { HerodotError } from '../errors';
import { type Exchange, errorResponse, jsonResponse, redirectResponse, withQuery } from '../http';
import type { FlowRecord } from '../store';
import { type FlowDefinition, saveFlow } from './flow';

// Responses shared by the flows whose proof travels out of band (recovery and verification): their strategies
// mostly answer "here is the updated flow", or replace the flow with a fresh one carrying a message.

/** The handler's answer after a strategy updated the flow: 303 back to the UI for plain browsers, else 200 + flow. */
export function showFlow(ex: Exchange, def: FlowDefinition, flow: FlowRecord): Response {
  def.sortNodes(ex, flow);
  saveFlow(ex, flow);
  if (flow.type === 'browser' && !ex.isJsonRequest()) {
    return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
  }
  return jsonResponse(def.serialize(flow, ex));
}

/** flow.NewFlowReplacedError: JSON clients get 410 `self_service_flow_replaced` + `use_flow_id`, browsers a 303. */
export function replacedBy(
  ex: Exchange,
  def: FlowDefinition,
  replacement: FlowRecord,
  reason: string,
): Response {
  saveFlow(ex, replacement);
  if (!ex.isJsonRequest() && replacement.type === 'browser') {
    return redirectResponse(withQuery(def.uiUrl(ex), { flow: replacement.id }));
  }
  const error = new HerodotError(
    410,
    { id: 'self_service_flow_replaced', reason, message: 'self-service flow replaced' },
    { use_flow_id: replacement.id },
  );
  return errorResponse(error);
}

/**
 * Recovery's and verification's answer to an expired flow (kratos issue 2049): JSON clients are sent through a 303
 * to the replacement's get-flow URL, whose `ui.messages` say it expired; browsers to the UI with the new id.
 */
export function redirectToReplacement(ex: Exchange, def: FlowDefinition, replacement: FlowRecord): Response {
  saveFlow(ex, replacement);
  if (replacement.type === 'api' || ex.isJsonRequest()) {
    return redirectResponse(`${ex.options.publicUrl}/self-service/${def.kind}/flows?id=${replacement.id}`);
  }
  return redirectResponse(withQuery(def.uiUrl(ex), { flow: replacement.id }));
}

/** A string field of a decoded body, or '' (decoderx leaves missing strings empty). */
export function bodyString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  return typeof value === 'string' ? value : '';
}
