import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { makeFlow, passwordLoginNodes, submitNode } from '../test-utils/node-builders';
import { DefaultButton, DefaultField, DefaultInput, DefaultLabel } from './default-control-parts';
import { FlowForm } from './flow-form';
import type { ButtonPartProps, FieldPartProps, InputPartProps, LabelPartProps } from './types';

/** Default parts that count their renders. */
const renders: Record<string, number> = { Field: 0, Label: 0, Input: 0, Button: 0 };
const components = {
  Field: (props: FieldPartProps) => {
    renders.Field = (renders.Field ?? 0) + 1;
    return <DefaultField {...props} />;
  },
  Label: (props: LabelPartProps) => {
    renders.Label = (renders.Label ?? 0) + 1;
    return <DefaultLabel {...props} />;
  },
  Input: (props: InputPartProps) => {
    renders.Input = (renders.Input ?? 0) + 1;
    return <DefaultInput {...props} />;
  },
  Button: (props: ButtonPartProps) => {
    renders.Button = (renders.Button ?? 0) + 1;
    return <DefaultButton {...props} />;
  },
};

describe('FlowForm render count', () => {
  it('should re-render no node component while the user types', async () => {
    const user = userEvent.setup();
    for (const part of Object.keys(renders)) renders[part] = 0;
    const onRender = vi.fn();
    const flow = makeFlow([...passwordLoginNodes(), submitNode('provider', 'github', 'GitHub', 'oidc')]);
    render(
      <Profiler id="form" onRender={onRender}>
        <FlowForm flow={flow} onSubmit={vi.fn()} components={components} />
      </Profiler>,
    );
    const before = { ...renders };
    const commitsBefore = onRender.mock.calls.length;
    expect(before.Input).toBeGreaterThan(0);

    await user.type(screen.getByLabelText('ID'), 'ada.lovelace@example.com');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');

    expect(screen.getByLabelText('ID')).toHaveValue('ada.lovelace@example.com');
    expect(renders).toEqual(before);
    expect(onRender.mock.calls.length).toBe(commitsBefore);
  });
});
