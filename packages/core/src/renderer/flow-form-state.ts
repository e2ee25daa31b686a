import { useState } from 'react';
import type { Flow, UiNode } from '../client/types';
import type { FormState } from './types';

/** What FlowForm accepts as `state`: its own states, plus the hooks' `ready` / `pending` (both mean idle). */
export type FlowFormStateInput = FormState | 'ready' | 'pending';

/**
 * What the shown nodes say, minus the CSRF token (renewed on every answer; a hidden input follows its new
 * value without a remount).
 */
function nodesSignature(nodes: readonly UiNode[]): string {
  return JSON.stringify(nodes, function withoutCsrfToken(this: Record<string, unknown>, key, value) {
    return key === 'value' && this.name === 'csrf_token' ? '' : value;
  });
}

/**
 * A number that changes when a new flow must show the server's values: keying the nodes with it remounts the
 * uncontrolled inputs. That is after this form was submitted (a 400 with messages, a restart with carried
 * values) or when the nodes it shows changed. A new flow that leaves them as they were — another settings
 * section was saved — keeps what the user typed here.
 */
export function useFlowRevision(flow: Flow, nodes: readonly UiNode[], submits: number): number {
  const [seen, setSeen] = useState(() => ({ flow, submits, signature: nodesSignature(nodes), revision: 0 }));
  // Object.is: a NaN "flow" (junk from a broken caller) would otherwise never equal itself and loop forever.
  if (Object.is(seen.flow, flow)) return seen.revision;
  const signature = nodesSignature(nodes);
  const changed = submits !== seen.submits || signature !== seen.signature;
  const next = { flow, submits, signature, revision: seen.revision + (changed ? 1 : 0) };
  setSeen(next);
  return next.revision;
}
