import { nonEmptyString } from '../client/guards';
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
export const getNodeType = (node: unknown): string | undefined => {
  const type = (node as LooseNode)?.type;
  return (
    nonEmptyString((node as LooseNode)?.attributes?.node_type) ??
    (typeof type === 'string' ? type : undefined)
  );
};

/** Anything property reads are safe on, arrays included (unlike client's `isRecord`). */
export const isObject = <T>(value: T): value is T & object => typeof value === 'object' && value !== null;

// One-expression guards are arrow constants: they minify to less than function declarations.
const hasType = (node: unknown, type: string): boolean =>
  isObject((node as LooseNode)?.attributes) && getNodeType(node) === type;

export const isInputNode = (node: unknown): node is InputNode => hasType(node, 'input');
export const isTextNode = (node: unknown): node is TextNode => hasType(node, 'text');
export const isImageNode = (node: unknown): node is ImageNode => hasType(node, 'img');
export const isAnchorNode = (node: unknown): node is AnchorNode => hasType(node, 'a');
export const isScriptNode = (node: unknown): node is ScriptNode => hasType(node, 'script');
export const isDivNode = (node: unknown): node is DivNode => hasType(node, 'div');
