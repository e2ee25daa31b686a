import { type MouseEvent, useEffect, useRef } from 'react';
import type { UiNode } from '../client/types';
import { getNodeName } from '../nodes/get-node-name';
import { getNodeTrigger, type NodeTrigger } from '../nodes/get-node-trigger';
import { isInputNode } from '../nodes/guards';
import { devWarn } from './dev-warn';
import { useFlowFormContext } from './form-context';
import { type CallTriggerOptions, callWindowTrigger } from './window-trigger';

/** Development only: a node asked to run something on `event` that is not a known WebAuthn function call. */
function warnIgnoredHandler(node: UiNode, event: 'click' | 'load'): void {
  const attributes: Record<string, unknown> = isInputNode(node) ? { ...node.attributes } : {};
  if (attributes[`on${event}`] || attributes[`on${event}Trigger`])
    devWarn(`ignored the on${event} of ${getNodeName(node) ?? 'a node'}: not a known WebAuthn function call`);
}

/**
 * Calls a trigger as soon as the script has defined it; the controller returned cancels the wait. `settled`
 * runs once the wait is over: called, given up or cancelled.
 */
function startTrigger(
  trigger: NodeTrigger,
  options: CallTriggerOptions,
  settled?: () => void,
): AbortController {
  const controller = new AbortController();
  void callWindowTrigger(trigger, { ...options, signal: controller.signal }).then(settled);
  return controller;
}

/**
 * Runs the node's `onloadTrigger` (or parsed legacy `onload`) once it is mounted and the script has defined
 * it — e.g. passkey autofill (`oryPasskeyLoginAutocompleteInit`). Cancelled on unmount.
 */
export function useNodeLoadTrigger(node: UiNode): void {
  useEffect(() => {
    const trigger = getNodeTrigger(node, 'load');
    if (!trigger) {
      if (typeof process === 'object' && process.env.NODE_ENV !== 'production')
        warnIgnoredHandler(node, 'load');
      return;
    }
    const controller = startTrigger(trigger, { defer: true });
    return () => controller.abort();
  }, [node]);
}

/**
 * A click handler for the node's `onclickTrigger` (or parsed legacy `onclick`), or undefined when it has none.
 * A new click replaces a wait still pending; unmounting cancels it.
 */
export function useNodeClickTrigger(node: UiNode): ((event: MouseEvent<HTMLElement>) => void) | undefined {
  const { reportTriggerFailure } = useFlowFormContext();
  const pending = useRef<AbortController>(undefined);
  useEffect(() => () => pending.current?.abort(), []);
  const trigger = getNodeTrigger(node, 'click');
  // Said while rendering, like React's own warnings: once per message, and gone from production bundles.
  if (!trigger && typeof process === 'object' && process.env.NODE_ENV !== 'production')
    warnIgnoredHandler(node, 'click');
  return (
    trigger &&
    ((event) => {
      event.preventDefault();
      pending.current?.abort();
      // Only clicks report: the user asked for something and must learn why nothing happened. An on-load
      // trigger (passkey autofill) is cancelled on purpose whenever the user picks another way.
      reportTriggerFailure?.(undefined);
      // The script may still be loading: the button is busy until its function runs (then the browser's own
      // passkey dialog takes over) or the wait ends. Set on the element itself, not in state, so a click does
      // not re-render the form; React never sets aria-busy on a node's button.
      const button = event.currentTarget;
      button.setAttribute('aria-busy', 'true');
      pending.current = startTrigger(trigger, { onFailure: reportTriggerFailure }, () =>
        button.removeAttribute('aria-busy'),
      );
    })
  );
}
