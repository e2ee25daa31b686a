import type { UiContainer, UiNode, UiNodeGroup } from '../client/types';
import { isInputNode, isObject } from './guards';

/** A button that completes a method: a submit, or a WebAuthn/passkey trigger button (it submits via the script). */
function isMethodButton(node: UiNode): boolean {
  if (!isInputNode(node)) return false;
  const { type, onclickTrigger, onclick } = node.attributes;
  if (type === 'submit') return true;
  return type === 'button' && Boolean(onclickTrigger || onclick);
}

/**
 * The groups the user can submit with (password, oidc, code, passkey, …), in Kratos' order. `default` is
 * never a method: it only carries shared fields (csrf_token, identifier).
 */
export function getFormMethods(flow: { ui?: Pick<UiContainer, 'nodes'> } | null | undefined): UiNodeGroup[] {
  const nodes = flow?.ui?.nodes;
  if (!Array.isArray(nodes)) return [];
  const methods: UiNodeGroup[] = [];
  for (const node of nodes) {
    if (!isObject(node) || node.group === 'default') continue;
    if (isMethodButton(node) && !methods.includes(node.group)) methods.push(node.group);
  }
  return methods;
}
