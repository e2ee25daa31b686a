import { type FlowDefinition, saveFlow } from '../flows/flow';
import { type Exchange, jsonResponse, redirectResponse, withQuery } from '../http';
import type { FlowRecord } from '../store';

export type StrategyResponder = (ex: Exchange, def: FlowDefinition, flow: FlowRecord) => Response;

/**
 * flow.ErrCompletedByStrategy when the strategy has written the answer itself and the handler must not touch
 * the flow any more: a "code sent" step (400 + flow, or a 303 to the UI, nodes in the strategy's order), or
 * the redirect to an OpenID Connect provider (422 `browser_location_change_required`, or a 303).
 */
export class StrategyResponse extends Error {
  constructor(private readonly responder: StrategyResponder) {
    super('flow response completed by strategy');
    this.name = 'StrategyResponse';
  }

  respond(ex: Exchange, def: FlowDefinition, flow: FlowRecord): Response {
    return this.responder(ex, def, flow);
  }
}

/** The flow as the strategy left it: 400 + flow for JSON and API clients, a 303 back to the UI for browsers. */
export function showFlowAsIs(): StrategyResponse {
  return new StrategyResponse((ex, def, flow) => {
    saveFlow(ex, flow);
    if (flow.type === 'browser' && !ex.isJsonRequest()) {
      return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
    }
    return jsonResponse(def.serialize(flow, ex), 400);
  });
}
