import { resolveClassName } from './class-name';
import type {
  ButtonPartProps,
  CheckboxPartProps,
  FieldPartProps,
  FormPartProps,
  InputPartProps,
  LabelPartProps,
  SelectPartProps,
} from './types';
import { getInputType } from './use-node-props';

/** The unstyled form controls. Each spreads the ready-made props; none adds a class of its own. */

export function DefaultForm({ flow: _flow, state, className, children, ...props }: FormPartProps) {
  return (
    <form {...props} className={resolveClassName(state, className)}>
      {children}
    </form>
  );
}

export function DefaultField({ node, state, label, control, messages, className, ...props }: FieldPartProps) {
  // A checkbox reads best with its label after the box.
  const checkbox = getInputType(node) === 'checkbox';
  return (
    <div {...props} className={resolveClassName(state, className)}>
      {checkbox ? control : label}
      {checkbox ? label : control}
      {messages}
    </div>
  );
}

export function DefaultLabel({ node: _node, state, className, ...props }: LabelPartProps) {
  // biome-ignore lint/a11y/noLabelWithoutControl: htmlFor is in the spread props
  return <label {...props} className={resolveClassName(state, className)} />;
}

export function DefaultInput({ node: _node, state, className, ...props }: InputPartProps) {
  return <input {...props} className={resolveClassName(state, className)} />;
}

export function DefaultCheckbox({ node: _node, state, className, ...props }: CheckboxPartProps) {
  return <input {...props} type="checkbox" className={resolveClassName(state, className)} />;
}

export function DefaultSelect({ node: _node, state, className, options, ...props }: SelectPartProps) {
  return (
    <select {...props} className={resolveClassName(state, className)}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

export function DefaultButton({ node: _node, state, className, ...props }: ButtonPartProps) {
  // type (submit or button) is always in the spread props.
  return <button {...props} className={resolveClassName(state, className)} />;
}
