import { nonEmptyString } from '../client/guards';
import type { UiNode } from '../client/types';
import { isInputNode } from './guards';

/** `attributes.name` for inputs, `attributes.id` for the other types; `undefined` when empty or missing. */
export const getNodeName = (node: UiNode): string | undefined =>
  nonEmptyString(
    isInputNode(node) ? node.attributes.name : (node?.attributes as { id?: unknown } | undefined)?.id,
  );
