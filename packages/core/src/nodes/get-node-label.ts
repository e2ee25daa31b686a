import type { UiNode, UiText } from '../client/types';
import { isAnchorNode, isInputNode } from './guards';

/** A message with an id or a text (a primitive has neither). */
function isUiText(value: unknown): value is UiText {
  const text = value as Partial<UiText> | null | undefined;
  return typeof text?.id === 'number' || typeof text?.text === 'string';
}

/** The node's label as a message: `meta.label`, else `attributes.label` (inputs), else the title (anchors). */
export function getNodeLabel(node: UiNode): UiText | undefined {
  const metaLabel = node?.meta?.label;
  if (isUiText(metaLabel)) return metaLabel;
  if (isInputNode(node) && isUiText(node.attributes.label)) return node.attributes.label;
  if (isAnchorNode(node) && isUiText(node.attributes.title)) return node.attributes.title;
  return undefined;
}
