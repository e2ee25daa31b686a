import type { UiNode } from '../client/types';
import { getNodeLabel } from '../nodes/get-node-label';
import { formatMessage } from './format-message';
import type { FormatMessageOptions, Translations } from './types';

/** The node's label (meta.label, attributes.label, anchor title) as text, or undefined when it has none. */
export function formatLabel(
  node: UiNode,
  translations?: Translations,
  options?: FormatMessageOptions,
): string | undefined {
  const label = getNodeLabel(node);
  // An empty text is no label either.
  return (label && formatMessage(label, translations, options)) || undefined;
}
