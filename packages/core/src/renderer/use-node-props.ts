import { nonEmptyString as stringOrUndefined } from '../client/guards';
import type { UiNode } from '../client/types';
import { formatLabel } from '../i18n/format-label';
import { formatMessage } from '../i18n/format-message';
import { getNodeName } from '../nodes/get-node-name';
import { toFormValue } from '../nodes/get-node-value';
import { isInputNode } from '../nodes/guards';
import { useOryComponents } from './components-context';
import { identityAttributes, nodeAttributes, stateFlags } from './data-attributes';
import { useFlowFormContext } from './form-context';
import { computeNodeState, getNodeDomId, getNodeMessages } from './node-state';
import type {
  ButtonElementProps,
  InputElementProps,
  LabelElementProps,
  SelectElementProps,
  SelectOption,
} from './types';
import { useNodeClickTrigger, useNodeLoadTrigger } from './use-node-triggers';

/** Input types rendered as they are; any other (unknown, empty, `file`, `reset`, …) becomes `text`. */
const textLikeTypes = new Set([
  'text',
  'email',
  'password',
  'number',
  'tel',
  'url',
  'date',
  'datetime-local',
  'time',
  'month',
  'week',
  'search',
]);

export function getInputType(node: UiNode): string {
  const type = isInputNode(node) ? node.attributes.type : undefined;
  if (type === 'checkbox' || type === 'hidden' || type === 'submit' || type === 'button') return type;
  return typeof type === 'string' && textLikeTypes.has(type) ? type : 'text';
}

function describedBy(baseId: string, node: UiNode): string | undefined {
  const count = getNodeMessages(node).length;
  if (count === 0) return undefined;
  return Array.from({ length: count }, (_, index) => `${baseId}-message-${index}`).join(' ');
}

function useControlBase(node: UiNode) {
  const { idPrefix, formState } = useFlowFormContext();
  const state = computeNodeState(node, formState);
  const id = getNodeDomId(idPrefix, node);
  return { state, id, describedBy: describedBy(id, node) };
}

/**
 * Spreadable props for an input node's `<input>`: uncontrolled (`defaultValue` / `defaultChecked`), with
 * name, type, required, pattern, maxLength, autoComplete, disabled, aria-invalid, aria-describedby and the
 * data attributes. Also runs the node's onload trigger (passkey autofill). Empty for non-input nodes.
 */
export function useNodeInputProps(node: UiNode): InputElementProps {
  useNodeLoadTrigger(node);
  const { state, id, describedBy: describedById } = useControlBase(node);
  if (!isInputNode(node)) return {};
  const attributes = node.attributes;
  const type = getInputType(node);
  const name = getNodeName(node);
  const data = nodeAttributes(state);
  if (type === 'hidden') {
    return { type, name, defaultValue: toFormValue(attributes.value), ...data };
  }
  const common: InputElementProps = {
    id,
    name,
    type,
    required: state.required || undefined,
    disabled: state.disabled || undefined,
    'aria-invalid': state.invalid || undefined,
    'aria-describedby': describedById,
    ...data,
  };
  if (type === 'checkbox') {
    // Kratos reads an absent checkbox as false, so no hidden "false" companion is needed.
    return {
      ...common,
      value: 'true',
      defaultChecked: attributes.value === true || attributes.value === 'true',
    };
  }
  return {
    ...common,
    defaultValue: toFormValue(attributes.value),
    pattern: stringOrUndefined(attributes.pattern),
    maxLength:
      typeof attributes.maxlength === 'number' && attributes.maxlength > 0 ? attributes.maxlength : undefined,
    autoComplete: stringOrUndefined(attributes.autocomplete),
  };
}

/** Spreadable props for a `<select>` of an input node with `options` (JSON-schema enum), plus the options. */
export function useNodeSelectProps(node: UiNode): SelectElementProps & { options: SelectOption[] } {
  const { translations, locale } = useOryComponents();
  const { state, id, describedBy: describedById } = useControlBase(node);
  if (!isInputNode(node)) return { options: [] };
  const attributes = node.attributes;
  const rawOptions = Array.isArray(attributes.options) ? attributes.options : [];
  const options: SelectOption[] = rawOptions
    .filter((option) => typeof option === 'object' && option !== null)
    .map((option) => {
      const value = toFormValue(option.value) ?? '';
      const label = option.label ? formatMessage(option.label, translations, { locale }) : '';
      return { value, label: label || value };
    });
  const value = toFormValue(attributes.value);
  // Nothing chosen yet (or optional): an empty first option, so the browser doesn't silently pick one.
  if (value === undefined || !state.required) options.unshift({ value: '', label: '' });
  // One option per value: a repeated value (a malformed enum) would repeat a React key and submits the same anyway.
  const seen = new Set<string>();
  const unique = options.filter((option) => !seen.has(option.value) && Boolean(seen.add(option.value)));
  return {
    id,
    name: getNodeName(node),
    defaultValue: value ?? '',
    required: state.required || undefined,
    disabled: state.disabled || undefined,
    'aria-invalid': state.invalid || undefined,
    'aria-describedby': describedById,
    ...nodeAttributes(state),
    options: unique,
  };
}

/**
 * Spreadable props for a submit/button node's `<button>`: type, name and value (they travel with the
 * submitter), the label as children, and a click handler for WebAuthn/passkey triggers (then type=button).
 */
export function useNodeButtonProps(node: UiNode): ButtonElementProps {
  const { translations, locale } = useOryComponents();
  const onClick = useNodeClickTrigger(node);
  const { state, describedBy: describedById } = useControlBase(node);
  if (!isInputNode(node)) return {};
  const attributes = node.attributes;
  const value = toFormValue(attributes.value);
  const isTrigger = onClick !== undefined || Boolean(attributes.onclick || attributes.onclickTrigger);
  return {
    type: !isTrigger && attributes.type === 'submit' ? 'submit' : 'button',
    name: getNodeName(node),
    value,
    disabled: state.disabled || undefined,
    // Not `disabled` while submitting: a disabled submitter would drop its name/value from the FormData.
    'aria-disabled': state.pending || undefined,
    onClick,
    'aria-describedby': describedById,
    children: formatLabel(node, translations, { locale }) ?? value ?? getNodeName(node) ?? '',
    ...nodeAttributes(state),
  };
}

/** Spreadable props for a node's `<label>`: `htmlFor` matches `useNodeInputProps(node).id`; text as children. */
export function useNodeLabelProps(node: UiNode): LabelElementProps & { children?: string } {
  const { translations, locale } = useOryComponents();
  const { state, id } = useControlBase(node);
  // A label is never empty: old Kratos traits have none, so the field name stands in.
  const text = formatLabel(node, translations, { locale }) ?? getNodeName(node);
  return {
    htmlFor: id,
    id: `${id}-label`,
    children: text,
    'data-ory-part': 'label',
    ...identityAttributes(state),
    ...stateFlags(state),
  };
}
