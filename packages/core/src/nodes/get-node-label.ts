import type { UiNode, UiText } from '../client/types';
import { isUiText } from '../i18n/format-message';
import { isAnchorNode, isInputNode } from './guards';

/** The node's label as a message: `meta.label`, else `attributes.label` (inputs), else the title (anchors). */
export const getNodeLabel = (node: UiNode): UiText | undefined =>
  [
    node?.meta?.label,
    isInputNode(node) && node.attributes.label,
    isAnchorNode(node) && node.attributes.title,
  ].find(isUiText);
