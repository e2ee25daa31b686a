import type { ReactNode } from 'react';
import type { UiNode } from '../client/types';
import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { nodeAttributes } from './data-attributes';
import type { DataAttributes, FormattedMessage } from './types';
import { positive, useNodeBase } from './use-node-props';

/** The node's messages, translated, each with the id the control's `aria-describedby` lists. */
export function useNodeMessages(node: UiNode): FormattedMessage[] {
  return useNodeBase(node).messages;
}

/**
 * One Message part per message, from the nearest `components`. Form-level (`live`) messages are live regions:
 * errors `role="alert"` (and focusable: after a failed submit focus moves to the first one), others `status`.
 */
export function useMessageParts(messages: FormattedMessage[], live = false): ReactNode[] {
  const { components, classNames } = useOryComponents();
  const { Message } = components;
  return messages.map((message) => {
    const isError = message.type === 'error';
    return (
      <Message
        key={message.id}
        message={message}
        id={message.id}
        role={live ? (isError ? 'alert' : 'status') : undefined}
        tabIndex={live && isError ? -1 : undefined}
        className={resolveClassName(message, classNames.Message)}
        data-ory-part="message"
        data-ory-message-type={message.type}
        // Id 0 marks a message made here (the `error` prop), not one of Kratos' catalogue.
        data-ory-message-id={positive(message.message.id)?.toString()}
      >
        {message.text}
      </Message>
    );
  });
}

/**
 * Spreadable props for the element that holds a node's messages (`<div {...props} />`): its id, data
 * attributes, and one Message part per message as children, with the ids `aria-describedby` points at.
 */
export function useNodeMessagesProps(node: UiNode): DataAttributes & { id: string; children: ReactNode } {
  const { id, state, messages } = useNodeBase(node);
  const children = useMessageParts(messages);
  return { id: `${id}-messages`, ...nodeAttributes(state, 'node-messages'), children };
}
