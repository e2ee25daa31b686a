import type { ReactNode } from 'react';
import type { UiNode } from '../client/types';
import { resolveClassName } from './class-name';
import { useOryComponents } from './components-context';
import { partAttributes } from './data-attributes';
import { NodeMessagesFor } from './node-messages-for';
import { useNodeState } from './node-state';
import type { NodeRenderState } from './types';
import {
  useNodeButtonProps,
  useNodeInputProps,
  useNodeLabelProps,
  useNodeSelectProps,
} from './use-node-props';

interface ViewProps {
  node: UiNode;
}

/** Field = Label + control + NodeMessages, through the Field part. */
function FieldShell({ node, state, control }: { node: UiNode; state: NodeRenderState; control: ReactNode }) {
  const { components, classNames } = useOryComponents();
  const labelProps = useNodeLabelProps(node);
  const { Field, Label } = components;
  return (
    <Field
      node={node}
      state={state}
      {...partAttributes('field', state)}
      className={resolveClassName(state, classNames.Field)}
      label={
        <Label
          node={node}
          state={state}
          {...labelProps}
          className={resolveClassName(state, classNames.Label)}
        />
      }
      control={control}
      messages={<NodeMessagesFor node={node} state={state} />}
    />
  );
}

export function TextFieldView({ node }: ViewProps) {
  const { components, classNames } = useOryComponents();
  const state = useNodeState(node);
  const inputProps = useNodeInputProps(node);
  const { Input } = components;
  const control = (
    <Input node={node} state={state} {...inputProps} className={resolveClassName(state, classNames.Input)} />
  );
  return <FieldShell node={node} state={state} control={control} />;
}

export function CheckboxFieldView({ node }: ViewProps) {
  const { components, classNames } = useOryComponents();
  const state = useNodeState(node);
  const inputProps = useNodeInputProps(node);
  const { Checkbox } = components;
  const control = (
    <Checkbox
      node={node}
      state={state}
      {...inputProps}
      className={resolveClassName(state, classNames.Checkbox)}
    />
  );
  return <FieldShell node={node} state={state} control={control} />;
}

export function SelectFieldView({ node }: ViewProps) {
  const { components, classNames } = useOryComponents();
  const state = useNodeState(node);
  const selectProps = useNodeSelectProps(node);
  const { Select } = components;
  const control = (
    <Select
      node={node}
      state={state}
      {...selectProps}
      className={resolveClassName(state, classNames.Select)}
    />
  );
  return <FieldShell node={node} state={state} control={control} />;
}

/** Hidden inputs are plain `<input type=hidden>`: csrf_token and WebAuthn fields must exist whatever the parts. */
export function HiddenInputView({ node }: ViewProps) {
  const state = useNodeState(node);
  const inputProps = useNodeInputProps(node);
  return (
    <>
      <input {...inputProps} />
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}

export function ButtonView({ node }: ViewProps) {
  const { components, classNames } = useOryComponents();
  const state = useNodeState(node);
  const buttonProps = useNodeButtonProps(node);
  const { Button } = components;
  return (
    <>
      <Button
        node={node}
        state={state}
        {...buttonProps}
        className={resolveClassName(state, classNames.Button)}
      />
      <NodeMessagesFor node={node} state={state} />
    </>
  );
}
