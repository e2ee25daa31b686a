import type { Flow, UiNode, UiNodeGroup, UiText } from '../client/types';

/** Small builders for Kratos-shaped nodes and flows, so tests read like the fixtures they mimic. */

export function uiText(
  id: number,
  text: string,
  type: UiText['type'] = 'info',
  context?: Record<string, unknown>,
) {
  const message: UiText = { id, text, type };
  if (context) message.context = context;
  return message;
}

type InputOptions = {
  group?: UiNodeGroup;
  type?: string;
  value?: unknown;
  label?: UiText | string;
  messages?: UiText[];
  required?: boolean;
  disabled?: boolean;
} & Record<string, unknown>;

export function inputNode(name: string, options: InputOptions = {}): UiNode {
  const { group = 'default', type = 'text', label, messages = [], disabled = false, ...rest } = options;
  const meta =
    label === undefined ? {} : { label: typeof label === 'string' ? uiText(1070002, label) : label };
  return {
    type: 'input',
    group,
    attributes: { node_type: 'input', name, type, disabled, ...rest } as UiNode['attributes'],
    messages,
    meta,
  };
}

export function submitNode(name: string, value: string, label: string, group: UiNodeGroup = value): UiNode {
  return inputNode(name, { group, type: 'submit', value, label: uiText(1010001, label) });
}

export function csrfNode(value = 'csrf-value'): UiNode {
  return inputNode('csrf_token', { type: 'hidden', value, required: true });
}

export function otherNode(
  type: 'text' | 'img' | 'a' | 'script' | 'div',
  attributes: Record<string, unknown>,
  group: UiNodeGroup = 'default',
  label?: UiText,
): UiNode {
  return {
    type,
    group,
    attributes: { node_type: type, ...attributes } as UiNode['attributes'],
    messages: [],
    meta: label ? { label } : {},
  };
}

export function makeFlow(
  nodes: UiNode[],
  extra: { messages?: UiText[]; id?: string; action?: string } = {},
): Flow {
  const id = extra.id ?? 'flow-1';
  return {
    id,
    type: 'browser',
    expires_at: '2030-01-01T00:00:00Z',
    issued_at: '2029-12-31T23:00:00Z',
    request_url: 'https://ory.example.com/self-service/login/browser',
    ui: {
      action: extra.action ?? `https://ory.example.com/self-service/login?flow=${id}`,
      method: 'POST',
      nodes,
      ...(extra.messages ? { messages: extra.messages } : {}),
    },
  };
}

/** The password login form as Kratos sends it (login sort order: default, then password). */
export function passwordLoginNodes(
  options: { identifierMessages?: UiText[]; identifier?: string } = {},
): UiNode[] {
  return [
    csrfNode(),
    inputNode('identifier', {
      required: true,
      value: options.identifier ?? '',
      autocomplete: 'username',
      label: uiText(1070004, 'ID'),
      messages: options.identifierMessages ?? [],
    }),
    inputNode('password', {
      group: 'password',
      type: 'password',
      required: true,
      autocomplete: 'current-password',
      label: uiText(1070001, 'Password'),
    }),
    submitNode('method', 'password', 'Sign in'),
  ];
}
