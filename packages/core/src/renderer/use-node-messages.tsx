import type { ReactNode } from 'react';
import type { UiNode } from '../client/types';
import { useOryComponents } from './components-context';
import { partAttributes } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { formatMessages, getMessagePartProps } from './message-props';
import { computeNodeState, getNodeDomId, getNodeMessages } from './node-state';
import type { DataAttributes, FormattedMessage } from './types';

/** The node's messages, translated, each with the id the control's `aria-describedby` lists. */
export function useNodeMessages(node: UiNode): FormattedMessage[] {
  const { translations, locale } = useOryComponents();
  const { idPrefix } = useFlowFormContext();
  return formatMessages(getNodeMessages(node), getNodeDomId(idPrefix, node), translations, { locale });
}

/**
 * Spreadable props for the element that holds a node's messages (`<div {...props} />`): its id, data
 * attributes, and one Message part per message as children, with the ids `aria-describedby` points at.
 */
export function useNodeMessagesProps(node: UiNode): DataAttributes & { id: string; children: ReactNode } {
  const { components, classNames } = useOryComponents();
  const { idPrefix, formState } = useFlowFormContext();
  const messages = useNodeMessages(node);
  const { Message } = components;
  return {
    id: `${getNodeDomId(idPrefix, node)}-messages`,
    ...partAttributes('node-messages', computeNodeState(node, formState)),
    children: messages.map((message) => (
      <Message key={message.id} {...getMessagePartProps(message, { className: classNames.Message })} />
    )),
  };
}
