export { type FilterNodesOptions, filterNodes } from './filter-nodes';
export { getFormMethods } from './get-form-methods';
export { getNodeId } from './get-node-id';
export { getNodeLabel } from './get-node-label';
export { getNodeName } from './get-node-name';
export {
  getNodeTrigger,
  type NodeTrigger,
  parseLegacyTrigger,
  toTriggerName,
  type WebAuthnTriggerName,
  webAuthnTriggerNames,
} from './get-node-trigger';
export { getNodeValue, toFormValue } from './get-node-value';
export { groupNodes } from './group-nodes';
export {
  type AnchorNode,
  type DivNode,
  getNodeType,
  type ImageNode,
  type InputNode,
  isAnchorNode,
  isDivNode,
  isImageNode,
  isInputNode,
  isScriptNode,
  isTextNode,
  type ScriptNode,
  type TextNode,
  type UiNodeOf,
} from './guards';
export { isSecretNode } from './is-secret-node';
