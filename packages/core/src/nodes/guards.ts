import type {
  UiNode,
  UiNodeAnchorAttributes,
  UiNodeAttributes,
  UiNodeDivisionAttributes,
  UiNodeImageAttributes,
  UiNodeInputAttributes,
  UiNodeScriptAttributes,
  UiNodeTextAttributes,
} from '../client/types';

/** A node whose attributes are known to be of one kind: what the type guards below narrow to. */
export type UiNodeOf<A extends UiNodeAttributes> = UiNode & { attributes: A };
export type InputNode = UiNodeOf<UiNodeInputAttributes>;
export type TextNode = UiNodeOf<UiNodeTextAttributes>;
export type ImageNode = UiNodeOf<UiNodeImageAttributes>;
export type AnchorNode = UiNodeOf<UiNodeAnchorAttributes>;
export type ScriptNode = UiNodeOf<UiNodeScriptAttributes>;
export type DivNode = UiNodeOf<UiNodeDivisionAttributes>;

/** What a node may be at runtime: anything. Property reads through `?.` never throw on primitives. */
type LooseNode = { type?: unknown; attributes?: { node_type?: unknown } } | null | undefined;

/**
 * The node's type: `attributes.node_type` (the OpenAPI discriminator) or, for hand-made and old nodes
 * that lack it, `node.type`. Never throws on garbage: anything unreadable is `undefined`.
 */
export function getNodeType(node: unknown): string | undefined {
  const discriminator = (node as LooseNode)?.attributes?.node_type;
  if (typeof discriminator === 'string' && discriminator !== '') return discriminator;
  const type = (node as LooseNode)?.type;
  return typeof type === 'string' ? type : undefined;
}

function hasType(node: unknown, type: string): boolean {
  const attributes = (node as LooseNode)?.attributes;
  return typeof attributes === 'object' && attributes !== null && getNodeType(node) === type;
}

export function isInputNode(node: unknown): node is InputNode {
  return hasType(node, 'input');
}

export function isTextNode(node: unknown): node is TextNode {
  return hasType(node, 'text');
}

export function isImageNode(node: unknown): node is ImageNode {
  return hasType(node, 'img');
}

export function isAnchorNode(node: unknown): node is AnchorNode {
  return hasType(node, 'a');
}

export function isScriptNode(node: unknown): node is ScriptNode {
  return hasType(node, 'script');
}

export function isDivNode(node: unknown): node is DivNode {
  return hasType(node, 'div');
}
