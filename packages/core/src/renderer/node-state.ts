import type { Flow, UiNode, UiText } from '../client/types';
import { getNodeId } from '../nodes/get-node-id';
import { getNodeName } from '../nodes/get-node-name';
import { getNodeType, isInputNode } from '../nodes/guards';
import { useFlowFormContext } from './form-context';
import type { FormState, NodeKind, NodeRenderState } from './types';

const plainKinds = new Set<string>(['text', 'img', 'a', 'script', 'div']);

/** `button` for submit/button inputs, the node type otherwise; undefined for types this renderer doesn't know. */
export function getNodeKind(node: UiNode): NodeKind | undefined {
  if (isInputNode(node)) {
    const type = node.attributes.type;
    return type === 'submit' || type === 'button' ? 'button' : 'input';
  }
  const type = getNodeType(node);
  return type !== undefined && plainKinds.has(type) ? (type as NodeKind) : undefined;
}

/** The node's messages, minus anything that isn't one (old or hand-made nodes). */
export function getNodeMessages(node: UiNode): UiText[] {
  const messages = node?.messages;
  if (!Array.isArray(messages)) return [];
  return messages.filter((message): message is UiText => typeof message === 'object' && message !== null);
}

/** The flow's form-level messages, minus anything that isn't one. */
export function getFlowMessages(flow: Flow | undefined): UiText[] {
  const messages = flow?.ui?.messages;
  if (!Array.isArray(messages)) return [];
  return messages.filter((message): message is UiText => typeof message === 'object' && message !== null);
}

export function computeNodeState(node: UiNode, formState: FormState): NodeRenderState {
  const attributes = (node?.attributes ?? {}) as { disabled?: unknown; required?: unknown };
  return {
    kind: getNodeKind(node) ?? 'input',
    group: typeof node?.group === 'string' ? node.group : '',
    name: getNodeName(node),
    invalid: getNodeMessages(node).some((message) => message.type === 'error'),
    disabled: attributes.disabled === true,
    required: attributes.required === true,
    pending: formState === 'submitting',
    formState,
  };
}

/** The node's render state inside the nearest FlowForm (idle outside one). */
export function useNodeState(node: UiNode): NodeRenderState {
  const { formState } = useFlowFormContext();
  return computeNodeState(node, formState);
}

/** DOM ids are made from the node id; whitespace would split `aria-describedby` lists, so it is replaced. */
export function getNodeDomId(idPrefix: string, node: UiNode): string {
  return `${idPrefix}${getNodeId(node).replace(/\s+/g, '_')}`;
}
