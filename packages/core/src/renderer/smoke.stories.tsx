// Placeholder that proves the Storybook → vitest browser pipeline (play function + axe) end to end.
// The renderer's owner replaces it with the real FlowForm stories.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent } from 'storybook/test';

function SmokeButton({ onPress }: { onPress: () => void }) {
  return (
    <button type="button" onClick={onPress}>
      Sign in
    </button>
  );
}

const meta = {
  title: 'Smoke/Button',
  component: SmokeButton,
  args: { onPress: fn() },
} satisfies Meta<typeof SmokeButton>;

export default meta;
type Story = StoryObj<typeof meta>;

export const ClickCallsHandler: Story = {
  play: async ({ args, canvas }) => {
    const button = canvas.getByRole('button', { name: 'Sign in' });
    await userEvent.click(button);
    await expect(args.onPress).toHaveBeenCalledTimes(1);
  },
};
