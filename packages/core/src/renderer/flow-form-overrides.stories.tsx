import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';
import type { UiNode } from '../client/types';
import { allowSlowMachines, brandComponents, fixtures as f, submittedEntries } from '../stories-support';
import { FlowForm } from './flow-form';
import { useNodeButtonProps } from './use-node-props';

/** Overriding the renderer: replacement parts through `components`, and a per-node `renderNode`. */
const meta = {
  title: 'Renderer/FlowForm/Overrides',
  component: FlowForm,
  beforeEach: [allowSlowMachines],
  args: {
    flow: f.flow([
      f.csrf,
      ...f.oidcButtons,
      f.identifier([f.messages.missingIdentifier]),
      f.password(),
      f.passwordSubmit,
    ]),
    onSubmit: fn(),
  },
} satisfies Meta<typeof FlowForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CustomComponents: Story = {
  args: { components: brandComponents },
  play: async ({ canvas, args }) => {
    const email = canvas.getByLabelText('E-Mail');
    await expect(email).toHaveAttribute('data-brand', 'input');
    await expect(email).toHaveClass('brand-input', 'brand-input--invalid');
    // The replacement still gets the accessibility wiring.
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Property identifier is missing.');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('data-brand', 'input');
    const buttons = canvas.getAllByRole('button');
    await expect(buttons).toHaveLength(3);
    for (const button of buttons) await expect(button).toHaveAttribute('data-brand', 'button');
    await userEvent.type(email, 'ada@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    const entries = submittedEntries(args.onSubmit);
    await expect(entries).toContainEqual(['identifier', 'ada@example.com']);
    await expect(entries).toContainEqual(['method', 'password']);
  },
};

function ProviderButton({ node }: { node: UiNode }) {
  const props = useNodeButtonProps(node);
  return (
    <button {...props} data-brand="provider">
      Continue with {String(props.value)}
    </button>
  );
}

export const RenderNode: Story = {
  args: {
    renderNode: (node, defaultRender) =>
      node.group === 'oidc' ? <ProviderButton node={node} /> : defaultRender(),
  },
  play: async ({ canvas, args }) => {
    await expect(canvas.queryByRole('button', { name: 'Sign in with GitHub' })).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Continue with google' })).toHaveAttribute(
      'data-brand',
      'provider',
    );
    // Nodes the override passes on keep the default rendering.
    await expect(canvas.getByLabelText('E-Mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue with github' }));
    await expect(submittedEntries(args.onSubmit)).toContainEqual(['provider', 'github']);
  },
};
