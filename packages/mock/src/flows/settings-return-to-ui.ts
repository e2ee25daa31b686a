import { type Exchange, jsonResponse, redirectResponse, withQuery } from '../http';
import { resetMessages } from '../nodes';
import type { FlowRecord } from '../store';
import { type FlowDefinition, saveFlow } from './flow';

/**
 * flow.ErrStrategyAsksToReturnToUI: the strategy changed the form without saving anything (lookup codes revealed
 * or generated). Not an error for the user: the flow goes back as it is now.
 */
export class ReturnToUi extends Error {
  constructor() {
    super('flow strategy is redirecting to the ui');
    this.name = 'ReturnToUi';
  }
}

/**
 * settings.ErrorHandler for ReturnToUi: 200 with the flow for JSON and API clients, else a 303 to the UI. (The
 * definition comes in as an argument: strategies import this module, and the settings flow imports them.)
 */
export function returnToUi(ex: Exchange, def: FlowDefinition, flow: FlowRecord): Response {
  // The strategy's error handler ran on the way out: earlier messages are gone.
  resetMessages(flow.ui);
  saveFlow(ex, flow);
  if (flow.type === 'api' || ex.isJsonRequest()) return jsonResponse(def.serialize(flow, ex));
  return redirectResponse(withQuery(def.uiUrl(ex), { flow: flow.id }));
}
