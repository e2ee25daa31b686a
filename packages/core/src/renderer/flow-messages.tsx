import { useId, useMemo } from 'react';
import type { Flow } from '../client';
import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { formatMessages } from './message-props';
import { getFlowMessages } from './node-state';
import type { FormRenderState } from './types';

export interface FlowMessagesProps {
  flow: Flow;
  className?: string;
}

const idle: FormRenderState = { state: 'idle', pending: false, invalid: false };

/**
 * A flow's form-level `ui.messages` on their own (errors as role="alert", others as role="status"), for layouts
 * that split one flow over several forms and pass `flowMessages={false}` to each.
 */
export function FlowMessages({ flow, className }: FlowMessagesProps) {
  const ory = useOryComponents();
  const baseId = `ory-${useId().replace(/[^\w-]/g, '')}`;
  const messages = useMemo(() => formatMessages(getFlowMessages(flow), baseId, ory), [flow, baseId, ory]);
  if (messages.length === 0) return null;
  const { Messages } = ory.components;
  return (
    <Messages
      messages={messages}
      state={idle}
      data-ory-part="messages"
      className={resolveClassName(idle, ory.classNames.Messages, className)}
    />
  );
}
