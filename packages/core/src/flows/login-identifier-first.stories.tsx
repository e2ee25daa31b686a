import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  lastMessageTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { LoginFlow } from './login-flow';

/**
 * `<LoginFlow/>` with Kratos' `identifier_first` login style: first only the identifier, then the ways to sign in
 * for it (password or a code by email). The identifier travels on hidden; unknown accounts get the same second
 * step (account enumeration mitigation).
 */
const meta = {
  title: 'Methods/IdentifierFirst',
  component: LoginFlow,
  ...oryStory,
  parameters: oryParameters({
    seed: true,
    mock: { loginStyle: 'identifier_first', methods: { password: true, code: true } },
  }),
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const { email, password } = DEFAULT_ACCOUNT;
const INVALID_CREDENTIALS = /The provided credentials are invalid/;

/** Step one: the identifier, then "Continue"; resolves once the method choice is shown. */
async function continueAs(canvas: Canvas, identifier: string): Promise<void> {
  await userEvent.type(await canvas.findByLabelText('E-Mail'), identifier);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  await canvas.findByLabelText('Password');
}

export const IdentifierStep: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: 'Sign in' })).toBeVisible();
    const identifier = await canvas.findByLabelText('E-Mail');
    await expect(identifier).toHaveAttribute('autocomplete', 'username webauthn');
    await expect(identifier).toBeRequired();
    const proceed = canvas.getByRole('button', { name: 'Continue' });
    await expect(proceed).toHaveAttribute('name', 'method');
    await expect(proceed).toHaveValue('identifier_first');
    // No way to sign in is offered before the account is known.
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Send sign in code' })).toBeNull();
    await expect(canvas.getByRole('link', { name: 'Create an account' })).toBeVisible();
  },
};

export const EmptyIdentifier: Story = {
  play: async ({ canvas, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Continue' }));
    await waitFor(() =>
      expect(canvas.getByLabelText('E-Mail')).toHaveAccessibleDescription('length must be >= 1, but got 0'),
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(getOryHarness({ loaded }).network.count('POST /self-service/login')).toBe(1);
  },
};

export const MethodChoice: Story = {
  play: async ({ canvas, canvasElement }) => {
    await continueAs(canvas, email);
    // Step two: the ways to sign in for this identifier, which is no longer asked for.
    await expect(canvas.getByLabelText('Password')).toHaveAttribute('autocomplete', 'current-password');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toHaveValue('password');
    await expect(canvas.getByRole('button', { name: 'Send sign in code' })).toHaveValue('code');
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByRole('button', { name: 'Continue' })).toBeNull();
    const form = await findFlowForm(canvasElement, 'login');
    await expect(form.querySelector('input[type="hidden"][name="identifier"]')).toHaveValue(email);
  },
};

export const ChoosePassword: Story = {
  play: async ({ canvas, loaded }) => {
    await continueAs(canvas, email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('POST /self-service/login')).toBe(2);
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const ChooseCode: Story = {
  play: async ({ canvas, loaded }) => {
    await continueAs(canvas, email);
    await userEvent.click(canvas.getByRole('button', { name: 'Send sign in code' }));
    const codeInput = await canvas.findByLabelText('Login code');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      /^A code was sent to the address you provided\./,
    );
    const { code } = await lastMessageTo(getOryHarness({ loaded }), email);
    await userEvent.type(codeInput, code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const WrongPassword: Story = {
  play: async ({ canvas, canvasElement }) => {
    await continueAs(canvas, email);
    await userEvent.type(canvas.getByLabelText('Password'), 'not my password at all');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CREDENTIALS);
    await expect(canvasElement.querySelector('[data-ory-message-id="4000006"]')).not.toBeNull();
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
  },
};

export const UnknownAccount: Story = {
  play: async ({ canvas }) => {
    // The same second step as for a real account: the page gives away nothing about who has one.
    await continueAs(canvas, 'nobody@example.com');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Send sign in code' })).toBeVisible();
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CREDENTIALS);
  },
};

export const WithProviders: Story = {
  parameters: oryParameters({
    seed: true,
    mock: { loginStyle: 'identifier_first', methods: { password: true, oidc: true } },
  }),
  play: async ({ canvas }) => {
    // Social sign-in needs no identifier: its buttons are there from the first step.
    await expect(await canvas.findByRole('button', { name: 'Sign in with GitHub' })).toHaveValue('github');
    await expect(canvas.getByRole('button', { name: 'Sign in with Google' })).toHaveValue('google');
    await expect(canvas.getByLabelText('E-Mail')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
  },
};
