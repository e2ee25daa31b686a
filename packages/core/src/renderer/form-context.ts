import { createContext, useContext } from 'react';
import type { FormState, RenderNode } from './types';

/** What a FlowForm tells the nodes inside it. Outside a FlowForm (custom forms) the defaults apply. */
export interface FlowFormContextValue {
  formState: FormState;
  /** Prefix of every DOM id the renderer makes, unique per form so two forms on a page don't clash. */
  idPrefix: string;
  renderNode?: RenderNode | undefined;
  /**
   * A WebAuthn / passkey button's ceremony failed (cancelled, refused) or its script never loaded: the form shows
   * why. `undefined` clears it (a new attempt).
   */
  reportTriggerFailure?: ((failure: TriggerFailure | undefined) => void) | undefined;
}

export type TriggerFailure = 'failed' | 'unavailable';

export const FlowFormContext = createContext<FlowFormContextValue>({ formState: 'idle', idPrefix: 'ory-' });

export function useFlowFormContext(): FlowFormContextValue {
  return useContext(FlowFormContext);
}
