import { messages } from './messages';
import type {
  UiAnchorNode,
  UiContainer,
  UiInputNode,
  UiNode,
  UiNodeGroup,
  UiNodeInputAttributes,
  UiText,
  WebAuthnTrigger,
} from './types';

export interface InputNodeInit {
  name: string;
  type: string;
  group: UiNodeGroup;
  value?: unknown;
  required?: boolean;
  autocomplete?: string;
  pattern?: string;
  maxlength?: number;
  disabled?: boolean;
  onclick?: string;
  onclickTrigger?: WebAuthnTrigger;
  onload?: string;
  onloadTrigger?: WebAuthnTrigger;
  label?: UiText;
}

/** Builds attributes in the key order Kratos' InputAttributes struct serialises them. */
function inputAttributes(init: Omit<InputNodeInit, 'group' | 'label'>): UiNodeInputAttributes {
  return {
    name: init.name,
    type: init.type,
    ...(init.value !== undefined ? { value: init.value } : {}),
    ...(init.required ? { required: true } : {}),
    ...(init.autocomplete ? { autocomplete: init.autocomplete } : {}),
    ...(init.pattern ? { pattern: init.pattern } : {}),
    disabled: init.disabled ?? false,
    ...(init.onclick ? { onclick: init.onclick } : {}),
    ...(init.onclickTrigger ? { onclickTrigger: init.onclickTrigger } : {}),
    ...(init.onload ? { onload: init.onload } : {}),
    ...(init.onloadTrigger ? { onloadTrigger: init.onloadTrigger } : {}),
    ...(init.maxlength !== undefined ? { maxlength: init.maxlength } : {}),
    node_type: 'input',
  };
}

export function inputNode(init: InputNodeInit): UiInputNode {
  return {
    type: 'input',
    group: init.group,
    attributes: inputAttributes(init),
    messages: [],
    meta: init.label ? { label: init.label } : {},
  };
}

export function csrfNode(maskedToken: string): UiInputNode {
  return inputNode({
    name: 'csrf_token',
    type: 'hidden',
    group: 'default',
    value: maskedToken,
    required: true,
  });
}

/** node.NewPasswordNode: the password field of the password strategy. */
export function passwordNode(autocomplete: 'current-password' | 'new-password'): UiInputNode {
  return inputNode({
    name: 'password',
    type: 'password',
    group: 'password',
    required: true,
    autocomplete,
    label: messages.labelPassword(),
  });
}

export function submitNode(group: UiNodeGroup, value: string, label: UiText, name = 'method'): UiInputNode {
  return inputNode({ name, type: 'submit', group, value, label });
}

/** node.NewAnchorField: a link node, identified by its `id` (the verification flow's "continue"). */
export function anchorNode(id: string, href: string, group: UiNodeGroup, title: UiText): UiAnchorNode {
  return {
    type: 'a',
    group,
    attributes: { href, title, id, node_type: 'a' },
    messages: [],
    meta: { label: title },
  };
}

/** Node.ID(): an input's name, an anchor's id. */
export function nodeName(node: UiNode): string {
  return node.type === 'input' ? node.attributes.name : node.attributes.id;
}

export function findNode(ui: UiContainer, name: string): UiInputNode | undefined {
  return ui.nodes.find((n): n is UiInputNode => n.type === 'input' && n.attributes.name === name);
}

/** Container.SetNode / Nodes.Upsert: replace the node with the same name, or append it. */
export function upsertNode(ui: UiContainer, node: UiNode): void {
  const index = ui.nodes.findIndex((n) => nodeName(n) === nodeName(node));
  if (index >= 0) ui.nodes[index] = node;
  else ui.nodes.push(node);
}

export function removeNodes(ui: UiContainer, match: (node: UiNode) => boolean): void {
  ui.nodes = ui.nodes.filter((node) => !match(node));
}

/** Nodes.SetValueAttribute: only touches an existing node, keeping its type from the form generation. */
export function setNodeValue(ui: UiContainer, name: string, value: unknown): boolean {
  const node = findNode(ui, name);
  if (!node) return false;
  const { value: _old, ...rest } = node.attributes;
  node.attributes = inputAttributes({ ...rest, value });
  return true;
}

/** Nodes.ResetNodes: drop the value (e.g. the password after a failed attempt). */
export function resetNodeValue(ui: UiContainer, name: string): void {
  const node = findNode(ui, name);
  if (!node) return;
  const { value: _old, ...rest } = node.attributes;
  node.attributes = inputAttributes(rest);
  node.messages = [];
}

export function resetMessages(ui: UiContainer): void {
  delete ui.messages;
  for (const node of ui.nodes) node.messages = [];
}

/** Container.AddMessage: a field message, a form message, or — for an unknown field — a new text node. */
export function addMessage(ui: UiContainer, message: UiText, field?: string): void {
  if (!field) {
    ui.messages = [...(ui.messages ?? []), message];
    return;
  }
  const node = findNode(ui, field);
  if (node) {
    node.messages.push(message);
    return;
  }
  const created = inputNode({ name: field, type: 'text', group: 'default' });
  created.messages.push(message);
  ui.nodes.push(created);
}

export interface SortOptions {
  /** Group order; nodes are first ordered by group when given (login), else globally by key (registration). */
  groups?: UiNodeGroup[];
  /** Name prefixes in order; unknown names go after them and `method` always last (node.SortBySchema). */
  keys: string[];
}

export function sortNodes(ui: UiContainer, { groups, keys }: SortOptions): void {
  const keyPosition = (node: UiNode) => {
    const name = nodeName(node);
    if (name === 'method') return keys.length + ui.nodes.length + 1;
    const index = keys.findIndex((key) => name.startsWith(key));
    return index === -1 ? keys.length : index;
  };
  const groupPosition = (node: UiNode) => {
    const index = groups?.indexOf(node.group) ?? 0;
    return index === -1 ? -1 : index;
  };
  ui.nodes = ui.nodes
    .map((node, index) => ({ node, index }))
    .sort(
      (a, b) =>
        groupPosition(a.node) - groupPosition(b.node) ||
        keyPosition(a.node) - keyPosition(b.node) ||
        a.index - b.index,
    )
    .map(({ node }) => node);
}

/** Kratos' node.PasswordLoginOrder: the password field right after the first schema key. */
export function passwordLoginOrder(schemaKeys: string[]): string[] {
  const [first, ...rest] = schemaKeys;
  return first === undefined ? ['csrf_token', 'password'] : ['csrf_token', first, 'password', ...rest];
}
