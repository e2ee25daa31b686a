import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  brandComponents,
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  oryParameters,
  oryStory,
} from '../stories-support';
import { LoginFlow } from './login-flow';

/**
 * `<LoginFlow/>` against its own in-process mock per story (no network). What the user types goes through
 * the real client, the mock's CSRF, cookies and expiry; navigation is shown on the canvas.
 */
const meta = {
  title: 'Flows/LoginFlow',
  component: LoginFlow,
  ...oryStory,
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const { email, password } = DEFAULT_ACCOUNT;
const INVALID_CREDENTIALS = /The provided credentials are invalid/;

export const Initial: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect(await canvas.findByLabelText('E-Mail')).toHaveValue('');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'password');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
    const form = await findFlowForm(canvasElement, 'login');
    await expect(form).toHaveAttribute('data-state', 'idle');
    // A reload resumes the same flow: its id is in the URL. StrictMode still made a single create request.
    const flowId = new URL(form.action).searchParams.get('flow');
    await waitFor(() => expect(new URL(window.location.href).searchParams.get('flow')).toBe(flowId));
    await expect(ory.network.count('GET /self-service/login/browser')).toBe(1);
    await expect(ory.network.count('GET /self-service/login/flows')).toBe(0);
    await userEvent.click(canvas.getByRole('link', { name: 'Create an account' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /registration');
  },
};

export const Loading: Story = {
  parameters: oryParameters({ network: { delayLoad: 'manual' } }),
  play: async ({ canvas, canvasElement }) => {
    // Ends while the flow is still on its way, so axe checks the pending state too.
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading…');
    // No aria-busy on the frame: it would silence the "Loading…" status for screen readers.
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'pending');
    await expect(canvasElement.querySelector('section')).not.toHaveAttribute('aria-busy');
    await expect(canvas.queryByRole('textbox')).toBeNull();
  },
};

export const LoadFailed: Story = {
  parameters: oryParameters({ network: { failNetwork: true } }),
  play: async ({ canvas, canvasElement }) => {
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent('Could not reach the server. Check your connection and try again.');
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible();
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'error');
  },
};

export const RetryAfterLoadFailed: Story = {
  parameters: oryParameters({ network: { failNetwork: true } }),
  play: async ({ canvas, loaded }) => {
    await canvas.findByRole('alert');
    getOryHarness({ loaded }).network.set({ failNetwork: false });
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(await canvas.findByLabelText('E-Mail')).toBeVisible();
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in with password' }));
    // The answer remounts the fields with the server's values and messages: query them afresh.
    await waitFor(() =>
      expect(canvas.getByLabelText('E-Mail')).toHaveAccessibleDescription('length must be >= 1, but got 0'),
    );
    const identifier = canvas.getByLabelText('E-Mail');
    await expect(identifier).toHaveAttribute('aria-invalid', 'true');
    const passwordInput = canvas.getByLabelText('Password');
    await expect(passwordInput).toHaveAccessibleDescription('length must be >= 1, but got 0');
    await expect(passwordInput).toHaveAttribute('aria-invalid', 'true');
    // A real form posts its empty fields as "" (not absent), so Kratos answers with its minLength message
    // (4000003) rather than 4000002 "Property … is missing".
    await expect(canvasElement.querySelectorAll('[data-ory-message-id="4000003"]')).toHaveLength(2);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'error');
    await waitFor(() => expect(canvas.getByLabelText('E-Mail')).toHaveFocus());
  },
};

export const WrongCredentials: Story = {
  parameters: oryParameters({ seed: true }),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), 'not my password at all');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CREDENTIALS);
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(email);
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
  },
};

export const Success: Story = {
  parameters: oryParameters({ seed: true }),
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('POST /self-service/login')).toBe(1);
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const ExpiredThenRestarted: Story = {
  parameters: oryParameters({ seed: true, mock: { flowLifespan: '10m' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    const firstAction = (await findFlowForm(canvasElement, 'login')).action;
    // The user went for a coffee: the flow's 10 minutes are over when they submit.
    ory.clock.advance('1h');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /The login flow expired 50\.\d\d minutes ago, please try again\./,
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(email);
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    const form = await findFlowForm(canvasElement, 'login');
    await expect(form.action).not.toBe(firstAction);
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('flow')).toBe(
        new URL(form.action).searchParams.get('flow'),
      ),
    );
    // The new flow works.
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const Submitting: Story = {
  parameters: oryParameters({ seed: true, network: { delaySubmit: 'manual' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    const button = canvas.getByRole('button', { name: 'Sign in with password' });
    await userEvent.click(button);
    // Ends with the submit still on its way, so axe checks the submitting state too.
    const form = canvasElement.querySelector('form');
    await waitFor(() => expect(form).toHaveAttribute('data-state', 'submitting'));
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await expect(canvasElement.querySelector('section')).toHaveAttribute('data-state', 'submitting');
    await expect(button).toHaveAttribute('data-pending', '');
    // A second click while the first submit is on its way posts nothing.
    await userEvent.click(button);
    await userEvent.keyboard('{Enter}');
    await expect(ory.network.count('POST /self-service/login')).toBe(1);
    await expect(ory.network.held()).toBe(1);
  },
};

export const AfterSubmitting: Story = {
  parameters: oryParameters({ seed: true, network: { delaySubmit: 'manual' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), 'not my password at all');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    const form = canvasElement.querySelector('form');
    await waitFor(() => expect(form).toHaveAttribute('data-state', 'submitting'));
    ory.network.release();
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CREDENTIALS);
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'error');
    await expect(canvasElement.querySelector('form')).not.toHaveAttribute('aria-busy');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).not.toHaveAttribute(
      'data-pending',
    );
  },
};

export const NetworkError: Story = {
  parameters: oryParameters({ seed: true, network: { failNetwork: 'submit' } }),
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );
    // Nothing typed is lost: the user can submit again as soon as the network is back.
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(email);
    await expect(canvas.getByLabelText('Password')).toHaveValue(password);
    getOryHarness({ loaded }).network.set({ failNetwork: false });
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const CustomComponents: Story = {
  args: { components: brandComponents },
  play: async ({ canvas }) => {
    const identifier = await canvas.findByLabelText('E-Mail');
    await expect(identifier).toHaveAttribute('data-brand', 'input');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('data-brand', 'input');
    const button = canvas.getByRole('button', { name: 'Sign in with password' });
    await expect(button).toHaveAttribute('data-brand', 'button');
    await userEvent.click(button);
    await waitFor(() => expect(canvas.getByLabelText('E-Mail')).toHaveClass('brand-input--invalid'));
    await expect(canvas.getByLabelText('E-Mail')).toHaveAccessibleDescription(
      'length must be >= 1, but got 0',
    );
  },
};

export const IdentifierFirst: Story = {
  parameters: oryParameters({ seed: true, mock: { loginStyle: 'identifier_first' } }),
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    // Step two asks for the password; the identifier travels on, hidden.
    await userEvent.type(await canvas.findByLabelText('Password'), password);
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const Refresh: Story = {
  parameters: oryParameters({ seed: true, signedIn: true, query: { refresh: 'true' } }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Confirm it’s you' })).toBeVisible();
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Please confirm this action by verifying that it is you.',
    );
    // The signed-in identity is known: only the password is asked for, and no links lead away.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};
