import { memo, type ReactNode } from 'react';
import type { UiNode } from '../client/types';
import { getNodeType, isInputNode } from '../nodes/guards';
import { AnchorView, DivView, ImageView, ScriptView, TextView } from './content-views';
import { useFlowFormContext } from './form-context';
import {
  ButtonView,
  CheckboxFieldView,
  HiddenInputView,
  SelectFieldView,
  TextFieldView,
} from './input-views';
import { getInputType } from './use-node-props';

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

/** The built-in rendering of one node: a part per type; nothing for unknown types or groups, never a throw. */
export function DefaultNode({ node }: { node: UiNode }): ReactNode {
  if (typeof node !== 'object' || node === null || !knownNodeGroups.includes(node.group)) return null;
  if (isInputNode(node)) {
    const type = getInputType(node);
    if (type === 'hidden') return <HiddenInputView node={node} />;
    if (type === 'submit' || type === 'button') return <ButtonView node={node} />;
    if (type === 'checkbox') return <CheckboxFieldView node={node} />;
    if (Array.isArray(node.attributes.options) && node.attributes.options.length > 0) {
      return <SelectFieldView node={node} />;
    }
    return <TextFieldView node={node} />;
  }
  if (typeof node.attributes !== 'object' || node.attributes === null) return null;
  switch (getNodeType(node)) {
    case 'text':
      return <TextView node={node} />;
    case 'img':
      return <ImageView node={node} />;
    case 'a':
      return <AnchorView node={node} />;
    case 'script':
      return <ScriptView node={node} />;
    case 'div':
      return <DivView node={node} />;
    default:
      return null;
  }
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
