import type { UiNode } from '../client/types';
import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { partAttributes } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { getNodeDomId } from './node-state';
import type { NodeRenderState } from './types';
import { useNodeMessages } from './use-node-messages';

/** The NodeMessages part for a node, or nothing when it has no messages. */
export function NodeMessagesFor({ node, state }: { node: UiNode; state: NodeRenderState }) {
  const { components, classNames } = useOryComponents();
  const { idPrefix } = useFlowFormContext();
  const messages = useNodeMessages(node);
  if (messages.length === 0) return null;
  const { NodeMessages } = components;
  return (
    <NodeMessages
      node={node}
      state={state}
      messages={messages}
      {...partAttributes('node-messages', state)}
      id={`${getNodeDomId(idPrefix, node)}-messages`}
      className={resolveClassName(state, classNames.NodeMessages)}
    />
  );
}
