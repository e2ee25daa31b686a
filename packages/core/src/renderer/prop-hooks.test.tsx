import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Flow, UiNode } from '../client/types';
import { filterNodes } from '../nodes/filter-nodes';
import { getNodeId } from '../nodes/get-node-id';
import { isInputNode } from '../nodes/guards';
import { inputNode, makeFlow, passwordLoginNodes, uiText } from '../test-utils/node-builders';
import { entriesOf } from '../test-utils/render-flow-form';
import { getFormProps } from './get-form-props';
import { useNodeMessagesProps } from './use-node-messages';
import { useNodeButtonProps, useNodeInputProps, useNodeLabelProps } from './use-node-props';

function MyField({ node }: { node: UiNode }) {
  const input = useNodeInputProps(node);
  const label = useNodeLabelProps(node);
  const messages = useNodeMessagesProps(node);
  if (input.type === 'hidden') return <input {...input} />;
  return (
    <div>
      {/* biome-ignore lint/a11y/noLabelWithoutControl: htmlFor comes from useNodeLabelProps */}
      <label {...label} />
      <input {...input} className="my-input" />
      <div {...messages} />
    </div>
  );
}

function MyButton({ node }: { node: UiNode }) {
  return <button {...useNodeButtonProps(node)} className="my-button" />;
}

function CustomLogin({ flow, submit }: { flow: Flow; submit: (data: FormData) => unknown }) {
  const nodes = filterNodes(flow.ui.nodes, { groups: ['default', 'password'] });
  return (
    <form {...getFormProps(flow, submit)}>
      {nodes.map((node) =>
        isInputNode(node) && node.attributes.type === 'submit' ? (
          <MyButton key={getNodeId(node)} node={node} />
        ) : (
          <MyField key={getNodeId(node)} node={node} />
        ),
      )}
    </form>
  );
}

describe('prop hooks and getFormProps', () => {
  it('should build a working custom form without the renderer', async () => {
    const user = userEvent.setup();
    let release!: () => void;
    const submit = vi.fn(
      (_formData: FormData) =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
    );
    const flow = makeFlow(
      passwordLoginNodes({
        identifierMessages: [uiText(4000002, 'Property identifier is missing.', 'error')],
      }),
    );
    const { container } = render(<CustomLogin flow={flow} submit={submit} />);
    const form = container.querySelector('form') as HTMLFormElement;
    expect(form).toHaveAttribute('action', flow.ui.action);
    expect(form.noValidate).toBe(true);

    const identifier = screen.getByLabelText('ID');
    expect(identifier).toHaveClass('my-input');
    expect(identifier).toHaveAttribute('aria-invalid', 'true');
    expect(identifier).toHaveAccessibleDescription('Property identifier is missing.');

    await user.type(identifier, 'ada@example.com');
    await user.type(screen.getByLabelText('Password'), 'pw');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(submit).toHaveBeenCalledTimes(1);
    expect(entriesOf(submit.mock.calls[0]?.[0] as FormData)).toEqual([
      ['csrf_token', 'csrf-value'],
      ['identifier', 'ada@example.com'],
      ['password', 'pw'],
      ['method', 'password'],
    ]);
    await act(async () => release());
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(submit).toHaveBeenCalledTimes(2);
  });

  it('should route form.submit() of a custom form to submit', () => {
    const submit = vi.fn();
    const flow = makeFlow([inputNode('passkey_login', { group: 'passkey', type: 'hidden', value: 'x' })]);
    const { container } = render(
      <form {...getFormProps(flow, submit)}>
        <MyField node={flow.ui.nodes[0] as UiNode} />
      </form>,
    );
    (container.querySelector('form') as HTMLFormElement).submit();
    expect(entriesOf(submit.mock.calls[0]?.[0] as FormData)).toEqual([['passkey_login', 'x']]);
  });

  it('should give spreadable props only, with present-or-absent flags', () => {
    const node = inputNode('traits.email', {
      type: 'email',
      required: false,
      disabled: true,
      label: 'Email',
    });
    const props = renderHook(() => useNodeInputProps(node)).result.current;
    expect(props).toMatchObject({
      id: 'ory-traits.email',
      name: 'traits.email',
      type: 'email',
      disabled: true,
      'data-ory-node': 'input',
      'data-disabled': '',
    });
    expect(props['data-required']).toBeUndefined();
    expect(props['aria-invalid']).toBeUndefined();
  });
});
