import { type ComponentType, memo, type ReactNode } from 'react';
import { nonEmptyString } from '../client/guards';
import { safeUrl } from '../client/safe-url';
import type { UiNode } from '../client/types';
import { isUiText } from '../i18n/format-message';
import {
  type InputNode as InputNodeType,
  isAnchorNode,
  isDivNode,
  isImageNode,
  isInputNode,
  isScriptNode,
  isTextNode,
} from '../nodes/guards';
import { resolveClassName } from './class-name';
import { divDataAttributes, nodeAttributes } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { formatMessages, translate } from './message-props';
import type { NodePartProps, OryClassNames } from './types';
import {
  buttonProps,
  getInputType,
  inputProps,
  labelProps,
  type NodeBase,
  positive,
  selectProps,
  useNodeBase,
} from './use-node-props';
import { useNodeClickTrigger, useNodeLoadTrigger } from './use-node-triggers';
import { useScriptNode } from './use-script-node';

/** Groups this renderer knows (Kratos OSS + OEL). Nodes of other groups render nothing. */
export const knownNodeGroups: readonly string[] = [
  'default',
  'password',
  'oidc',
  'profile',
  'link',
  'code',
  'totp',
  'lookup_secret',
  'webauthn',
  'passkey',
  'identifier_first',
  'captcha',
  'saml',
  'deviceauthn',
];

/** The parts made for one node that take a class (Script takes none, and no messages either). */
type NodePartName = Exclude<keyof OryClassNames, 'Form' | 'Messages' | 'Message'>;

/** The named part from the nearest `components`, with the node, its state, `props` and its classes. */
function renderPart(base: NodeBase, name: NodePartName, props: object, ownClass?: string) {
  const { node, state, ory } = base;
  // Each name's props match its part; TypeScript cannot follow the name through the lookup.
  const Part = ory.components[name] as ComponentType<NodePartProps<{ className?: string }>>;
  return (
    <Part
      node={node}
      state={state}
      {...props}
      className={resolveClassName(state, ownClass, ory.classNames[name])}
    />
  );
}

/** The NodeMessages part, or nothing when the node has no messages. */
function nodeMessages(base: NodeBase): ReactNode {
  const { messages, state, id } = base;
  return messages.length > 0
    ? renderPart(base, 'NodeMessages', {
        messages,
        ...nodeAttributes(state, 'node-messages'),
        id: `${id}-messages`,
      })
    : null;
}

function withMessages(base: NodeBase, part: ReactNode) {
  return (
    <>
      {part}
      {nodeMessages(base)}
    </>
  );
}

/** Hidden inputs, and the others as a Field: Label + Input / Checkbox / Select + NodeMessages. */
function InputNode({ base }: { base: NodeBase }) {
  const { node, state } = base;
  useNodeLoadTrigger(node);
  const type = getInputType(node);
  // Hidden inputs are plain `<input type=hidden>`: csrf_token and WebAuthn fields must exist whatever the parts.
  if (type === 'hidden') return withMessages(base, <input {...inputProps(base)} />);
  // Only input nodes get here (DefaultNode).
  const { options } = (node as InputNodeType).attributes;
  const control =
    type !== 'checkbox' && Array.isArray(options) && options.length > 0
      ? renderPart(base, 'Select', selectProps(base))
      : renderPart(base, type === 'checkbox' ? 'Checkbox' : 'Input', inputProps(base));
  return renderPart(base, 'Field', {
    ...nodeAttributes(state, 'field'),
    label: renderPart(base, 'Label', labelProps(base)),
    control,
    messages: nodeMessages(base),
  });
}

function ButtonNode({ base }: { base: NodeBase }) {
  const onClick = useNodeClickTrigger(base.node);
  return withMessages(base, renderPart(base, 'Button', buttonProps(base, onClick)));
}

function ScriptNode({ base }: { base: NodeBase }) {
  const { node, state, ory } = base;
  const status = useScriptNode(node);
  const { Script } = ory.components;
  return <Script node={node} state={state} status={status} />;
}

/** The built-in rendering of one node: a part per type; nothing for unknown types or groups, never a throw. */
export function DefaultNode({ node }: { node: UiNode }): ReactNode {
  const base = useNodeBase(node);
  if (!knownNodeGroups.includes(node?.group)) return null;
  if (isInputNode(node)) {
    return base.state.kind === 'button' ? <ButtonNode base={base} /> : <InputNode base={base} />;
  }
  if (isScriptNode(node)) return <ScriptNode base={base} />;

  const { state, label, ory } = base;
  /** A text, image, link or div part: its id, `props`, the node's data attributes, then its messages. */
  const contentPart = (name: NodePartName, props: object, ownClass?: string) =>
    withMessages(
      base,
      renderPart(
        base,
        name,
        // The name of a node that is not an input is its `attributes.id`.
        { id: state.name, ...props, ...nodeAttributes(state) },
        ownClass,
      ),
    );

  if (isImageNode(node)) {
    const { src, width, height } = node.attributes;
    const safeSrc = safeUrl(src, { baseUrl: ory.oryBaseUrl, allowData: 'image' });
    if (!safeSrc) return null;
    return contentPart('Image', {
      src: safeSrc,
      alt: label ?? '',
      width: positive(width),
      height: positive(height),
    });
  }
  if (isTextNode(node)) {
    // TOTP secret, lookup codes (`context.secrets`: one item each), or any other server text.
    const { text } = node.attributes;
    const secrets = text?.context?.secrets;
    return contentPart('Text', {
      label,
      text: translate(text, ory),
      items: Array.isArray(secrets)
        ? formatMessages(secrets.filter(isUiText), `${base.id}-item`, ory)
        : undefined,
    });
  }
  if (isAnchorNode(node)) {
    // A link only when its href is safe (http(s) or relative); otherwise its text alone.
    const { href } = node.attributes;
    return contentPart('Anchor', {
      href: safeUrl(href, { baseUrl: ory.oryBaseUrl }),
      children: label ?? nonEmptyString(href) ?? '',
    });
  }
  if (isDivNode(node)) {
    const { data, class: className } = node.attributes;
    return contentPart('Div', divDataAttributes(data), nonEmptyString(className));
  }
  return null;
}

export interface NodeProps {
  node: UiNode;
}

/**
 * One UI node, rendered by the nearest FlowForm's `renderNode` if any (it gets `defaultRender`), else by the
 * parts from the nearest `components`. Memoised: it re-renders only when its node or the form state changes.
 */
export const Node = memo(function Node({ node }: NodeProps) {
  const { renderNode } = useFlowFormContext();
  const defaultRender = () => <DefaultNode node={node} />;
  return renderNode ? renderNode(node, defaultRender) : defaultRender();
});
