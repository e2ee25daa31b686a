export { resolveClassName } from './class-name';
export {
  type OryComponentsContextValue,
  OryComponentsProvider,
  type OryComponentsProviderProps,
  useOryComponents,
  useOryTexts,
} from './components-context';
export { defaultComponents } from './default-components';
export {
  DefaultAnchor,
  DefaultDiv,
  DefaultImage,
  DefaultMessage,
  DefaultMessages,
  DefaultNodeMessages,
  DefaultScript,
  DefaultText,
} from './default-content-parts';
export {
  DefaultButton,
  DefaultCheckbox,
  DefaultField,
  DefaultForm,
  DefaultInput,
  DefaultLabel,
  DefaultSelect,
} from './default-control-parts';
export { FlowForm, type FlowFormProps, type FlowFormRenderProps } from './flow-form';
export type { FlowFormStateInput } from './flow-form-state';
export { FlowMessages, type FlowMessagesProps } from './flow-messages';
export { type FormProps, getFormProps } from './get-form-props';
export { DefaultNode, knownNodeGroups, Node, type NodeProps } from './node';
export { useNodeState } from './node-state';
export type * from './types';
export { useNodeMessages, useNodeMessagesProps } from './use-node-messages';
export {
  useNodeButtonProps,
  useNodeInputProps,
  useNodeLabelProps,
  useNodeSelectProps,
} from './use-node-props';
export { useNodeClickTrigger, useNodeLoadTrigger } from './use-node-triggers';
export { useScriptNode } from './use-script-node';
export { type CallTriggerOptions, callWindowTrigger } from './window-trigger';
