import { render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeFlow, passwordLoginNodes, submitNode } from '../test-utils/node-builders';
import { renderFlowForm } from '../test-utils/render-flow-form';
import { OryComponentsProvider, useOryComponents } from './components-context';
import { DefaultButton, DefaultInput } from './default-control-parts';
import { FlowForm } from './flow-form';
import type { ButtonPartProps, InputPartProps, NodeRenderState } from './types';

const ProviderButton = (props: ButtonPartProps) => <DefaultButton {...props} data-from="provider" />;
const FormInput = (props: InputPartProps) => <DefaultInput {...props} data-from="form" />;
const OuterInput = (props: InputPartProps) => <DefaultInput {...props} data-from="outer" />;
const inputClass = (state: NodeRenderState) => (state.required ? 'input input--required' : 'input');
const seenInputs: InputPartProps[] = [];
const RecordingInput = (props: InputPartProps) => {
  seenInputs.push(props);
  return <DefaultInput {...props} />;
};

const flow = makeFlow([
  ...passwordLoginNodes(),
  submitNode('provider', 'github', 'Sign in with GitHub', 'oidc'),
]);

describe('overrides', () => {
  it('should use renderNode first, with the default render available', () => {
    render(
      <FlowForm
        flow={flow}
        onSubmit={vi.fn()}
        renderNode={(node, defaultRender) =>
          node.group === 'oidc' ? (
            <p key="oidc">Custom {String((node.attributes as { value?: unknown }).value)}</p>
          ) : (
            defaultRender()
          )
        }
      />,
    );
    expect(screen.getByText('Custom github')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in with GitHub' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('should merge nested providers and FlowForm components over the defaults', () => {
    render(
      <OryComponentsProvider components={{ Input: OuterInput }}>
        <OryComponentsProvider components={{ Button: ProviderButton }}>
          <FlowForm flow={flow} onSubmit={vi.fn()} />
          <FlowForm
            flow={makeFlow(passwordLoginNodes(), { id: 'f2' })}
            onSubmit={vi.fn()}
            components={{ Input: FormInput }}
          />
        </OryComponentsProvider>
      </OryComponentsProvider>,
    );
    const [first, second] = screen.getAllByLabelText('ID');
    expect(first).toHaveAttribute('data-from', 'outer');
    expect(second).toHaveAttribute('data-from', 'form');
    for (const button of screen.getAllByRole('button', { name: 'Sign in' })) {
      expect(button).toHaveAttribute('data-from', 'provider');
    }
  });

  it('should give each part its node, state and ready-to-spread props', () => {
    seenInputs.length = 0;
    renderFlowForm(passwordLoginNodes(), { components: { Input: RecordingInput }, state: 'submitting' });
    const identifier = seenInputs.find((props) => props.name === 'identifier');
    expect(identifier?.node.group).toBe('default');
    expect(identifier?.state).toMatchObject({
      kind: 'input',
      name: 'identifier',
      pending: true,
      formState: 'submitting',
    });
    expect(identifier?.['data-pending']).toBe('');
  });

  it('should resolve classNames per part from the provider, as strings or functions of state', () => {
    renderFlowForm(passwordLoginNodes(), {
      provider: {
        classNames: {
          Input: inputClass,
          Button: 'button',
          Field: 'field',
          Label: 'label',
        },
      },
    });
    expect(screen.getByLabelText('ID')).toHaveClass('input', 'input--required');
    expect(screen.getByRole('button', { name: 'Sign in' })).toHaveClass('button');
    expect(screen.getByLabelText('ID').closest('[data-ory-part="field"]')).toHaveClass('field');
    expect(screen.getByText('ID')).toHaveClass('label');
  });

  it('should add no class at all by default', () => {
    const { container } = renderFlowForm(passwordLoginNodes());
    expect(container.querySelectorAll('[class]')).toHaveLength(0);
  });

  it('should expose the defaults without a provider', () => {
    const { result } = renderHook(() => useOryComponents());
    expect(Object.keys(result.current.components).sort()).toEqual(
      [
        'Anchor',
        'Button',
        'Checkbox',
        'Div',
        'Field',
        'Form',
        'Image',
        'Input',
        'Label',
        'Message',
        'Messages',
        'NodeMessages',
        'Script',
        'Select',
        'Text',
      ].sort(),
    );
  });
});
