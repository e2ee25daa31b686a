import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DEFAULT_ACCOUNT, findFlowForm, getOryHarness, oryParameters, oryStory } from '../stories-support';
import { LoginFlow } from './login-flow';

/** Where `<LoginFlow/>` sends the user, and how a keyboard-only user gets there. */
const meta = {
  title: 'Flows/LoginFlow/Navigation',
  component: LoginFlow,
  ...oryStory,
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const { email, password } = DEFAULT_ACCOUNT;

export const KeyboardOnly: Story = {
  parameters: oryParameters({ seed: true }),
  play: async ({ canvas }) => {
    const identifier = await canvas.findByLabelText('E-Mail');
    await userEvent.tab();
    await expect(identifier).toHaveFocus();
    await userEvent.keyboard(email);
    await userEvent.tab();
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
    await userEvent.keyboard(password);
    // Enter in a field submits with the form's first submit button, like a click on it.
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const ReturnTo: Story = {
  parameters: oryParameters({ seed: true, query: { return_to: '/dashboard?tab=security' } }),
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent(
      'Navigated to /dashboard?tab=security',
    );
    // The links to the other flows carry the return_to along.
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toHaveAttribute(
      'href',
      '/registration?return_to=%2Fdashboard%3Ftab%3Dsecurity',
    );
    await expect(getOryHarness({ loaded }).navigations).toHaveLength(1);
  },
};

export const ForbiddenReturnTo: Story = {
  parameters: oryParameters({ query: { return_to: 'https://evil.example.com/steal' } }),
  play: async ({ canvas, loaded }) => {
    // Kratos refuses a return_to outside its allow list: the user sees why, and nothing navigates away.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Requested return_to URL "https://evil.example.com/steal" is not allowed.',
    );
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
    // Asking again with the same return_to cannot succeed: the way out drops the URL's parameters.
    await userEvent.click(canvas.getByRole('button', { name: 'Start over' }));
    const { navigations } = getOryHarness({ loaded });
    await expect(navigations).toHaveLength(1);
    await expect(navigations[0]).not.toContain('return_to');
  },
};

export const AlreadySignedIn: Story = {
  parameters: oryParameters({ seed: true, signedIn: true }),
  play: async ({ canvas, loaded }) => {
    // Kratos answers session_already_available: there is nothing to sign in to, so the user goes home.
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    const { navigations } = getOryHarness({ loaded });
    await expect(navigations).toHaveLength(1);
    await expect(navigations[0]).not.toContain('return_to');
  },
};

const STALE_FLOW_ID = '00000000-0000-4000-8000-000000000000';

export const StaleFlowInUrl: Story = {
  parameters: oryParameters({ query: { flow: STALE_FLOW_ID } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    // A bookmarked ?flow= Kratos no longer knows: a fresh form, no error, and the URL points at the new flow.
    await expect(await canvas.findByLabelText('E-Mail')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
    const form = await findFlowForm(canvasElement, 'login');
    const flowId = new URL(form.action).searchParams.get('flow');
    await expect(flowId).not.toBe(STALE_FLOW_ID);
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('flow')).toBe(flowId));
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('GET /self-service/login/flows')).toBe(1);
    await expect(ory.network.count('GET /self-service/login/browser')).toBe(1);
  },
};
