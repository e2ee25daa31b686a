import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { getOryHarness, oryParameters, oryStory } from '../stories-support';
import { LogoutButton } from './logout-button';

/** `<LogoutButton/>` against its own in-process mock per story: Kratos' logout token, then the logout itself. */
const meta = {
  title: 'Flows/LogoutButton',
  component: LogoutButton,
  ...oryStory,
} satisfies Meta<typeof LogoutButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const hasSessionCookie = (ory: ReturnType<typeof getOryHarness>) =>
  ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session');

export const SignedIn: Story = {
  parameters: oryParameters({ seed: true, signedIn: true, network: { delayLoad: 'manual' } }),
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    const button = canvas.getByRole('button', { name: 'Sign out' });
    await expect(hasSessionCookie(ory)).toBe(true);
    await userEvent.click(button);
    // Pending while Kratos answers: a second click cannot start a second logout.
    await waitFor(() => expect(button).toHaveAttribute('data-pending', ''));
    await expect(button).toHaveAttribute('aria-busy', 'true');
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(ory.network.count('GET /self-service/logout/browser')).toBe(1);
    ory.network.set({ delayLoad: undefined });
    ory.network.release();
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /login');
    await expect(ory.network.requests).toEqual([
      'GET /self-service/logout/browser',
      'GET /self-service/logout',
    ]);
    await expect(hasSessionCookie(ory)).toBe(false);
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const SignedOut: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    // No session to end (it expired, or ended in another tab): Kratos answers 401 to the logout token request.
    // The user wanted to be signed out and is: useLogout treats that as done and goes on to the login route.
    await userEvent.click(canvas.getByRole('button', { name: 'Sign out' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /login');
    await expect(ory.network.requests).toEqual(['GET /self-service/logout/browser']);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Sign out' })).toBeEnabled();
  },
};
