import { type MouseEvent, useCallback, useEffect, useMemo, useRef } from 'react';
import type { UiNode } from '../client/types';
import { getNodeName } from '../nodes/get-node-name';
import { getNodeTrigger } from '../nodes/get-node-trigger';
import { isInputNode } from '../nodes/guards';
import { devWarn } from './dev-warn';
import { useFlowFormContext } from './form-context';
import { callWindowTrigger } from './window-trigger';

/**
 * Runs the node's `onloadTrigger` (or parsed legacy `onload`) once it is mounted and the script has defined
 * it — e.g. passkey autofill (`oryPasskeyLoginAutocompleteInit`). Cancelled on unmount.
 */
export function useNodeLoadTrigger(node: UiNode): void {
  useEffect(() => {
    const trigger = getNodeTrigger(node, 'load');
    if (!trigger) {
      if (
        typeof process === 'object' &&
        process.env.NODE_ENV !== 'production' &&
        isInputNode(node) &&
        (node.attributes.onload || node.attributes.onloadTrigger)
      ) {
        devWarn(`ignored the onload of ${getNodeName(node) ?? 'a node'}: not a known WebAuthn function call`);
      }
      return;
    }
    const controller = new AbortController();
    void callWindowTrigger(trigger, { signal: controller.signal, defer: true });
    return () => controller.abort();
  }, [node]);
}

/**
 * A click handler for the node's `onclickTrigger` (or parsed legacy `onclick`), or undefined when it has none.
 * A new click replaces a wait still pending; unmounting cancels it.
 */
export function useNodeClickTrigger(node: UiNode): ((event: MouseEvent<HTMLElement>) => void) | undefined {
  const trigger = useMemo(() => getNodeTrigger(node, 'click'), [node]);
  const { reportTriggerFailure } = useFlowFormContext();
  const pending = useRef<AbortController | null>(null);
  useEffect(() => () => pending.current?.abort(), []);
  const hasUnsafeOnclick =
    isInputNode(node) && !trigger && Boolean(node.attributes.onclick || node.attributes.onclickTrigger);
  useEffect(() => {
    if (
      typeof process === 'object' &&
      process.env.NODE_ENV !== 'production' &&
      hasUnsafeOnclick &&
      isInputNode(node)
    ) {
      devWarn(`ignored the onclick of ${getNodeName(node) ?? 'a node'}: not a known WebAuthn function call`);
    }
  }, [hasUnsafeOnclick, node]);

  const onClick = useCallback(
    (event: MouseEvent<HTMLElement>) => {
      if (!trigger) return;
      event.preventDefault();
      pending.current?.abort();
      const controller = new AbortController();
      pending.current = controller;
      // Only clicks report: the user asked for something and must learn why nothing happened. An on-load
      // trigger (passkey autofill) is cancelled on purpose whenever the user picks another way.
      reportTriggerFailure?.(undefined);
      void callWindowTrigger(trigger, { signal: controller.signal, onFailure: reportTriggerFailure });
    },
    [trigger, reportTriggerFailure],
  );
  return trigger ? onClick : undefined;
}
