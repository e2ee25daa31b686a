import { inputNode, nodeName, removeNodes } from '../nodes';
import type { OidcProvider } from '../options';
import type { FlowRecord } from '../store';
import type { UiInputNode, UiText } from '../types';

type Provider = Required<OidcProvider>;

/** oidc.AddProvider: a `provider` submit button, group `oidc`, whose value is the provider id. */
export function providerNode(providerId: string, label: UiText): UiInputNode {
  return inputNode({ name: 'provider', type: 'submit', group: 'oidc', value: providerId, label });
}

/** oidc.AddProviders: one button per provider; a button already there for the same provider is replaced. */
export function addProviders(
  flow: FlowRecord,
  providers: readonly Provider[],
  label: (provider: string, providerId: string) => UiText,
): void {
  for (const provider of providers) {
    const node = providerNode(provider.id, label(provider.label, provider.id));
    const index = flow.ui.nodes.findIndex(
      (n) =>
        n.type === 'input' &&
        n.group === 'oidc' &&
        n.attributes.name === 'provider' &&
        n.attributes.value === provider.id,
    );
    if (index >= 0) flow.ui.nodes[index] = node;
    else flow.ui.nodes.push(node);
  }
}

/** NewLinkNode / NewUnlinkNode of the settings form. */
export function linkNode(name: 'link' | 'unlink', provider: Provider, label: UiText): UiInputNode {
  return inputNode({ name, type: 'submit', group: 'oidc', value: provider.id, label });
}

export function removeLinkNodes(flow: FlowRecord): void {
  removeNodes(flow.ui, (node) => node.group === 'oidc' && ['link', 'unlink'].includes(nodeName(node)));
}
