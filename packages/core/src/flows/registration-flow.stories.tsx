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
import { RegistrationFlow } from './registration-flow';

/** `<RegistrationFlow/>` against its own in-process mock per story; navigation is shown on the canvas. */
const meta = {
  title: 'Flows/RegistrationFlow',
  component: RegistrationFlow,
  ...oryStory,
} satisfies Meta<typeof RegistrationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const NEW_EMAIL = 'grace@example.com';
const { password } = DEFAULT_ACCOUNT;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

async function fillRegistration(canvas: Canvas, email: string, secret: string) {
  await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
  await userEvent.type(canvas.getByLabelText('Password'), secret);
  await userEvent.type(canvas.getByLabelText('First name'), 'Grace');
}

export const Initial: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Create an account' })).toBeVisible();
    const email = await canvas.findByLabelText('E-Mail');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(canvas.getByLabelText('First name')).toBeVisible();
    await expect(canvas.getByLabelText('Last name')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toBeVisible();
    const form = await findFlowForm(canvasElement, 'registration');
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('flow')).toBe(
        new URL(form.action).searchParams.get('flow'),
      ),
    );
    await expect(getOryHarness({ loaded }).network.count('GET /self-service/registration/browser')).toBe(1);
    await userEvent.click(canvas.getByRole('link', { name: 'Already have an account? Sign in' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /login');
  },
};

export const ValidationErrors: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign up' }));
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true'));
    await expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
      'length must be >= 1, but got 0',
    );
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'error');
    await expect(canvasElement.querySelector('[data-ory-part="field"][data-invalid]')).not.toBeNull();
  },
};

export const DuplicateEmail: Story = {
  parameters: oryParameters({ seed: true }),
  play: async ({ canvas }) => {
    await fillRegistration(canvas, DEFAULT_ACCOUNT.email, password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(
      /An account with the same identifier \(email, phone, username, \.\.\.\) exists already\.|You tried signing in with/,
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(DEFAULT_ACCOUNT.email);
    await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
  },
};

export const ShortPassword: Story = {
  play: async ({ canvas }) => {
    await fillRegistration(canvas, NEW_EMAIL, 'short');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('Password')).toHaveAccessibleDescription(
        'The password must be at least 8 characters long, but got 5.',
      ),
    );
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(NEW_EMAIL);
    await waitFor(() => expect(canvas.getByLabelText('Password')).toHaveFocus());
  },
};

export const Success: Story = {
  play: async ({ canvas, loaded }) => {
    await fillRegistration(canvas, NEW_EMAIL, password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('POST /self-service/registration')).toBe(1);
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const ExpiredThenRestarted: Story = {
  parameters: oryParameters({ mock: { flowLifespan: '10m' } }),
  play: async ({ canvas, loaded }) => {
    await fillRegistration(canvas, NEW_EMAIL, password);
    getOryHarness({ loaded }).clock.advance('1h');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /The registration flow expired 50\.\d\d minutes ago, please try again\./,
    );
    // What the user typed is still there, except the password.
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(NEW_EMAIL);
    await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const Submitting: Story = {
  parameters: oryParameters({ network: { delaySubmit: 'manual' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    await fillRegistration(canvas, NEW_EMAIL, password);
    const button = canvas.getByRole('button', { name: 'Sign up' });
    await userEvent.click(button);
    const form = canvasElement.querySelector('form');
    await waitFor(() => expect(form).toHaveAttribute('data-state', 'submitting'));
    await expect(form).toHaveAttribute('aria-busy', 'true');
    await expect(button).toHaveAttribute('data-pending', '');
    await userEvent.click(button);
    await expect(getOryHarness({ loaded }).network.count('POST /self-service/registration')).toBe(1);
  },
};

export const NetworkError: Story = {
  parameters: oryParameters({ network: { failNetwork: 'submit' } }),
  play: async ({ canvas, loaded }) => {
    await fillRegistration(canvas, NEW_EMAIL, password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue(NEW_EMAIL);
    await expect(canvas.getByLabelText('Password')).toHaveValue(password);
    await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
    getOryHarness({ loaded }).network.set({ failNetwork: false });
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const CustomComponents: Story = {
  args: { components: brandComponents },
  play: async ({ canvas }) => {
    for (const label of ['E-Mail', 'Password', 'First name', 'Last name']) {
      await expect(await canvas.findByLabelText(label)).toHaveAttribute('data-brand', 'input');
    }
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toHaveAttribute('data-brand', 'button');
  },
};

export const TwoStep: Story = {
  parameters: oryParameters({ mock: { registrationStyle: 'profile_first' } }),
  play: async ({ canvas, step }) => {
    await step('profile first: no password yet', async () => {
      await userEvent.type(await canvas.findByLabelText('E-Mail'), NEW_EMAIL);
      await userEvent.type(canvas.getByLabelText('First name'), 'Grace');
      await expect(canvas.queryByLabelText('Password')).toBeNull();
      await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    });
    await step('then the credentials, with a way back', async () => {
      await expect(await canvas.findByLabelText('Password')).toBeVisible();
      await expect(canvas.getByRole('status')).toHaveTextContent(
        'Please choose a credential to authenticate yourself with.',
      );
      await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
      await userEvent.click(canvas.getByRole('button', { name: 'Back' }));
    });
    await step('back on the profile, with what was typed', async () => {
      await expect(await canvas.findByLabelText('E-Mail')).toHaveValue(NEW_EMAIL);
      await expect(canvas.getByLabelText('First name')).toHaveValue('Grace');
      await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    });
    await step('and forward to sign up', async () => {
      await userEvent.type(await canvas.findByLabelText('Password'), password);
      await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
      await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    });
  },
};
