import type { ElementType } from 'react';
import { resolveClassName } from './class-name';
import type {
  ButtonPartProps,
  CheckboxPartProps,
  ClassNameProp,
  FieldPartProps,
  FormPartProps,
  InputPartProps,
  LabelPartProps,
  SelectPartProps,
} from './types';
import { getInputType } from './use-node-props';

/** The unstyled form controls. Each spreads the ready-made props; none adds a class of its own. */

interface ElementPartProps<S> {
  node?: unknown;
  flow?: unknown;
  state: S;
  className?: ClassNameProp<S> | undefined;
  [prop: string]: unknown;
}

/**
 * A part that is one element: the ready-made props spread on `Tag`, the class resolved from the part's state;
 * `node` and `flow` are for replacements, not for the DOM.
 */
export function renderElement<S>(
  Tag: ElementType,
  { node: _node, flow: _flow, state, className, ...props }: ElementPartProps<S>,
) {
  return <Tag {...props} className={resolveClassName(state, className)} />;
}

export function DefaultForm(props: FormPartProps) {
  return renderElement('form', props);
}

export function DefaultField({ label, control, messages, ...props }: FieldPartProps) {
  // A checkbox reads best with its label after the box.
  const checkbox = getInputType(props.node) === 'checkbox';
  return renderElement('div', {
    ...props,
    children: (
      <>
        {checkbox ? control : label}
        {checkbox ? label : control}
        {messages}
      </>
    ),
  });
}

export function DefaultLabel(props: LabelPartProps) {
  // htmlFor is in the spread props.
  return renderElement('label', props);
}

export function DefaultInput(props: InputPartProps) {
  return renderElement('input', props);
}

export function DefaultCheckbox(props: CheckboxPartProps) {
  return renderElement('input', { ...props, type: 'checkbox' });
}

export function DefaultSelect({ options, ...props }: SelectPartProps) {
  return renderElement('select', {
    ...props,
    children: options.map((option) => (
      <option key={option.value} value={option.value}>
        {option.label}
      </option>
    )),
  });
}

export function DefaultButton(props: ButtonPartProps) {
  // type (submit or button) is always in the spread props.
  return renderElement('button', props);
}
