import { nonEmptyString } from '../client/guards';
import type { Flow, UiNode, UiText } from '../client/types';
import { getNodeId } from '../nodes/get-node-id';
import { getNodeName } from '../nodes/get-node-name';
import { getNodeType, isObject } from '../nodes/guards';
import { useFlowFormContext } from './form-context';
import type { FormState, NodeKind, NodeRenderState } from './types';

const nodeKinds: readonly string[] = ['input', 'text', 'img', 'a', 'script', 'div'];

/** The messages of a list that are objects: old or hand-made nodes and flows may hold anything. */
function validMessages(messages: unknown): UiText[] {
  return Array.isArray(messages) ? messages.filter((message): message is UiText => isObject(message)) : [];
}

/** The node's messages, minus anything that isn't one (old or hand-made nodes). */
export function getNodeMessages(node: UiNode): UiText[] {
  return validMessages(node?.messages);
}

/** True when one of the messages is an error. */
export const hasError = (messages: readonly UiText[]): boolean =>
  messages.some((message) => message.type === 'error');

/** The flow's form-level messages, minus anything that isn't one. */
export function getFlowMessages(flow: Flow | undefined): UiText[] {
  return validMessages(flow?.ui?.messages);
}

export function computeNodeState(node: UiNode, formState: FormState): NodeRenderState {
  const attributes = (node?.attributes ?? {}) as { type?: unknown; disabled?: unknown; required?: unknown };
  const type = getNodeType(node) ?? '';
  return {
    // Input nodes of type submit/button are `button`s; a type this renderer doesn't know counts as an input.
    kind: (type === 'input' && (attributes.type === 'submit' || attributes.type === 'button')
      ? 'button'
      : nodeKinds.includes(type)
        ? type
        : 'input') as NodeKind,
    group: nonEmptyString(node?.group) ?? '',
    name: getNodeName(node),
    invalid: hasError(getNodeMessages(node)),
    disabled: attributes.disabled === true,
    required: attributes.required === true,
    pending: formState === 'submitting',
    formState,
  };
}

/** The node's render state inside the nearest FlowForm (idle outside one). */
export function useNodeState(node: UiNode): NodeRenderState {
  return computeNodeState(node, useFlowFormContext().formState);
}

/** DOM ids are made from the node id; whitespace would split `aria-describedby` lists, so it is replaced. */
export function getNodeDomId(idPrefix: string, node: UiNode): string {
  return `${idPrefix}${getNodeId(node).replace(/\s+/g, '_')}`;
}
