import { nonEmptyString } from '../client/guards';
import type { UiNode } from '../client/types';
import { getNodeLabel } from '../nodes/get-node-label';
import { toFormValue } from '../nodes/get-node-value';
import { isInputNode, isObject } from '../nodes/guards';
import { type OryComponentsContextValue, useOryComponents } from './components-context';
import { nodeAttributes } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { formatMessages, translate } from './message-props';
import { computeNodeState, getNodeDomId, getNodeMessages } from './node-state';
import type {
  ButtonElementProps,
  FormattedMessage,
  InputElementProps,
  LabelElementProps,
  NodeRenderState,
  SelectElementProps,
  SelectOption,
} from './types';
import { useNodeClickTrigger, useNodeLoadTrigger } from './use-node-triggers';

/** Input types rendered as they are; any other (unknown, empty, `file`, `reset`, …) becomes `text`. */
const keptInputTypes =
  /^(?:checkbox|hidden|submit|button|text|email|password|number|tel|url|date|datetime-local|time|month|week|search)$/;

/** A positive number (a width, a maxlength, a message id), else undefined. */
export const positive = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 ? value : undefined;

export function getInputType(node: UiNode): string {
  const type = isInputNode(node) ? node.attributes.type : undefined;
  return typeof type === 'string' && keptInputTypes.test(type) ? type : 'text';
}

/** What the prop builders and the default node parts need about one node, worked out once per render. */
export interface NodeBase {
  node: UiNode;
  state: NodeRenderState;
  /** The control's DOM id; the label, messages and message ids derive from it. */
  id: string;
  /** The node's label, translated. */
  label: string | undefined;
  /** The node's messages, translated, with the ids `aria-describedby` lists. */
  messages: FormattedMessage[];
  ory: OryComponentsContextValue;
}

export function useNodeBase(node: UiNode): NodeBase {
  const ory = useOryComponents();
  const { formState, idPrefix } = useFlowFormContext();
  const id = getNodeDomId(idPrefix, node);
  return {
    node,
    state: computeNodeState(node, formState),
    id,
    // An empty text is no label either.
    label: translate(getNodeLabel(node), ory) || undefined,
    messages: formatMessages(getNodeMessages(node), id, ory),
    ory,
  };
}

function describedBy({ messages }: NodeBase): string | undefined {
  return messages.map((message) => message.id).join(' ') || undefined;
}

/** What an `<input>` and a `<select>` share: id, name, the required/disabled/invalid flags and their ARIA. */
function controlProps(base: NodeBase) {
  const { state } = base;
  return {
    id: base.id,
    name: state.name,
    required: state.required || undefined,
    disabled: state.disabled || undefined,
    'aria-invalid': state.invalid || undefined,
    'aria-describedby': describedBy(base),
    ...nodeAttributes(state),
  };
}

export function inputProps(base: NodeBase): InputElementProps {
  const { node, state } = base;
  if (!isInputNode(node)) return {};
  const { value, pattern, maxlength, autocomplete } = node.attributes;
  const type = getInputType(node);
  if (type === 'hidden') {
    return { type, name: state.name, defaultValue: toFormValue(value), ...nodeAttributes(state) };
  }
  // Kratos reads an absent checkbox as false, so no hidden "false" companion is needed.
  const valueProps =
    type === 'checkbox'
      ? { value: 'true', defaultChecked: value === true || value === 'true' }
      : {
          defaultValue: toFormValue(value),
          pattern: nonEmptyString(pattern),
          maxLength: positive(maxlength),
          autoComplete: nonEmptyString(autocomplete),
        };
  return { ...controlProps(base), type, ...valueProps };
}

export function selectProps(base: NodeBase): SelectElementProps & { options: SelectOption[] } {
  const { node, state, ory } = base;
  if (!isInputNode(node)) return { options: [] };
  const { value: rawValue, options: rawOptions } = node.attributes;
  const value = toFormValue(rawValue);
  const options: SelectOption[] = [];
  // Nothing chosen yet (or optional): an empty first option, so the browser doesn't silently pick one.
  if (value === undefined || !state.required) options.push({ value: '', label: '' });
  for (const option of Array.isArray(rawOptions) ? rawOptions : []) {
    if (!isObject(option)) continue;
    const optionValue = toFormValue(option.value) ?? '';
    // One option per value: a repeated value (a malformed enum) would repeat a React key and submits the same anyway.
    if (options.some((known) => known.value === optionValue)) continue;
    const label = translate(option.label, ory);
    options.push({ value: optionValue, label: label || optionValue });
  }
  return { ...controlProps(base), defaultValue: value ?? '', options };
}

export function buttonProps(
  base: NodeBase,
  onClick: ButtonElementProps['onClick'] | undefined,
): ButtonElementProps {
  const { node, state } = base;
  if (!isInputNode(node)) return {};
  const { type, onclick, onclickTrigger } = node.attributes;
  const value = toFormValue(node.attributes.value);
  return {
    // A WebAuthn/passkey trigger must not submit: its script does, once the ceremony is over.
    // (A click handler only exists for an onclick / onclickTrigger.)
    type: onclick || onclickTrigger || type !== 'submit' ? 'button' : 'submit',
    name: state.name,
    value,
    disabled: state.disabled || undefined,
    // Not `disabled` while submitting: a disabled submitter would drop its name/value from the FormData.
    'aria-disabled': state.pending || undefined,
    onClick,
    'aria-describedby': describedBy(base),
    children: base.label ?? value ?? state.name ?? '',
    ...nodeAttributes(state),
  };
}

export function labelProps({ id, label, state }: NodeBase): LabelElementProps & { children?: string } {
  // A label is never empty: old Kratos traits have none, so the field name stands in.
  return { htmlFor: id, id: `${id}-label`, children: label ?? state.name, ...nodeAttributes(state, 'label') };
}

/**
 * Spreadable props for an input node's `<input>`: uncontrolled (`defaultValue` / `defaultChecked`), with
 * name, type, required, pattern, maxLength, autoComplete, disabled, aria-invalid, aria-describedby and the
 * data attributes. Also runs the node's onload trigger (passkey autofill). Empty for non-input nodes.
 */
export function useNodeInputProps(node: UiNode): InputElementProps {
  useNodeLoadTrigger(node);
  return inputProps(useNodeBase(node));
}

/** Spreadable props for a `<select>` of an input node with `options` (JSON-schema enum), plus the options. */
export function useNodeSelectProps(node: UiNode): SelectElementProps & { options: SelectOption[] } {
  return selectProps(useNodeBase(node));
}

/**
 * Spreadable props for a submit/button node's `<button>`: type, name and value (they travel with the
 * submitter), the label as children, and a click handler for WebAuthn/passkey triggers (then type=button).
 */
export function useNodeButtonProps(node: UiNode): ButtonElementProps {
  const onClick = useNodeClickTrigger(node);
  return buttonProps(useNodeBase(node), onClick);
}

/** Spreadable props for a node's `<label>`: `htmlFor` matches `useNodeInputProps(node).id`; text as children. */
export function useNodeLabelProps(node: UiNode): LabelElementProps & { children?: string } {
  return labelProps(useNodeBase(node));
}
