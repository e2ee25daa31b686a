import { render } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Flow, UiNode } from '../client/types';
import { getNodeId } from '../nodes/get-node-id';
import { csrfNode, inputNode, makeFlow } from '../test-utils/node-builders';
import { renderFlowForm } from '../test-utils/render-flow-form';
import { FlowForm } from './flow-form';
import { getFormProps } from './get-form-props';

/** The cases the fuzz (fuzz.test.tsx) found, pinned one by one. */
describe('FlowForm with a hostile or broken flow', () => {
  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    '//evil.example/steal',
  ])('should post nowhere rather than to the action %j', (action) => {
    const { form } = renderFlowForm(makeFlow([csrfNode()], { action }));
    expect(form).not.toHaveAttribute('action');
    expect(getFormProps(makeFlow([], { action }), vi.fn()).action).toBeUndefined();
  });

  it('should keep an http(s) or relative action as Kratos sent it', () => {
    const action = 'https://ory.example.com/self-service/login?flow=1';
    expect(renderFlowForm(makeFlow([], { action })).form).toHaveAttribute('action', action);
    expect(getFormProps(makeFlow([], { action: '/self-service/login?flow=1' }), vi.fn()).action).toBe(
      '/self-service/login?flow=1',
    );
  });

  it('should fall back to post for a method that is not a string', () => {
    const flow = makeFlow([]);
    const broken = { ...flow, ui: { ...flow.ui, method: { toString: Number.NaN } } } as unknown as Flow;
    expect(renderFlowForm(broken).form).toHaveAttribute('method', 'post');
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['NaN', Number.NaN],
    ['an array', []],
  ])('should render an empty form, not throw, for a flow that is %s', (_name, flow) => {
    const { container } = render(<FlowForm flow={flow as unknown as Flow} onSubmit={vi.fn()} />);
    expect(container.querySelector('form')).toBeInTheDocument();
    expect(container.querySelectorAll('input')).toHaveLength(0);
  });

  it('should show each option value once when the enum repeats one', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderFlowForm([
      inputNode('traits.plan', {
        options: [{ value: 'pro' }, { value: 'pro' }, { value: 'free' }],
        value: 'pro',
      }),
    ]);
    expect([...document.querySelectorAll('option')].map((option) => option.value)).toEqual([
      '',
      'pro',
      'free',
    ]);
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
  });

  it('should give a node with an object group an id without calling its toString', () => {
    const node = {
      type: 'text',
      group: { toString: 0 },
      attributes: {},
      messages: [],
      meta: {},
    } as unknown as UiNode;
    expect(getNodeId(node)).toBe('text:');
  });
});
