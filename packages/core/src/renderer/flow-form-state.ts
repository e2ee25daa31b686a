import { useState } from 'react';
import type { Flow, UiText } from '../client/types';
import { getNodeMessages } from './node-state';
import type { FormState } from './types';

/** What FlowForm accepts as `state`: its own states, plus the hooks' `ready` / `pending` (both mean idle). */
export type FlowFormStateInput = FormState | 'ready' | 'pending';

function hasErrorMessage(messages: readonly UiText[] | undefined): boolean {
  return Array.isArray(messages) && messages.some((message) => message?.type === 'error');
}

/** True when Kratos reported an error for the form or any node. */
export function flowHasErrors(flow: Flow | undefined): boolean {
  const ui = flow?.ui;
  if (!ui) return false;
  if (hasErrorMessage(ui.messages)) return true;
  return Array.isArray(ui.nodes) && ui.nodes.some((node) => hasErrorMessage(getNodeMessages(node)));
}

/**
 * `submitting` while the caller says so or our own submit promise is pending; an explicit `success`/`error`
 * as given; else `error` when there is something wrong to show, `idle` otherwise.
 */
export function deriveFormState(
  state: FlowFormStateInput | undefined,
  submitting: boolean,
  hasError: boolean,
): FormState {
  if (state === 'submitting' || submitting) return 'submitting';
  if (state === 'success' || state === 'error') return state;
  return hasError ? 'error' : 'idle';
}

/**
 * A number that changes whenever a new flow object arrives (a 400 with new values and messages, a restart).
 * Keying the nodes with it remounts the uncontrolled inputs, so they show the server's values.
 */
export function useFlowRevision(flow: Flow): number {
  const [seen, setSeen] = useState({ flow, revision: 0 });
  // Object.is: a NaN "flow" (junk from a broken caller) would otherwise never equal itself and loop forever.
  if (!Object.is(seen.flow, flow)) {
    const next = { flow, revision: seen.revision + 1 };
    setSeen(next);
    return next.revision;
  }
  return seen.revision;
}
