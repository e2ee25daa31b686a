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
import { wrongCode } from '../stories-support/totp-code';
import { LoginFlow } from './login-flow';
import { RegistrationFlow } from './registration-flow';

/**
 * Passwordless sign-in and sign-up by one-time code (method `code`) against each story's own mock: the code goes
 * to the mock's courier outbox, where the play function reads it like a user reads their inbox.
 */
const meta = {
  title: 'Methods/Code',
  component: LoginFlow,
  ...oryStory,
  parameters: oryParameters({ seed: true, mock: { methods: { password: true, code: true } } }),
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const { email } = DEFAULT_ACCOUNT;
const NEW_EMAIL = 'grace@example.com';
const LOGIN_CODE_SENT =
  "A code was sent to the address you provided. If you didn't receive it, please check the spelling of the address and try again.";
const REGISTRATION_CODE_SENT =
  'A code has been sent to the address(es) you provided. If you have not received a message, check the spelling of the address and retry the registration.';

async function requestLoginCode(canvas: Canvas): Promise<HTMLElement> {
  await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
  await userEvent.click(canvas.getByRole('button', { name: 'Send sign in code' }));
  return canvas.findByLabelText('Login code');
}

async function requestRegistrationCode(canvas: Canvas): Promise<HTMLElement> {
  await userEvent.type(await canvas.findByLabelText('E-Mail'), NEW_EMAIL);
  await userEvent.type(canvas.getByLabelText('First name'), 'Grace');
  await userEvent.click(canvas.getByRole('button', { name: 'Send sign up code' }));
  return canvas.findByLabelText('Registration code');
}

export const LoginChooseCode: Story = {
  play: async ({ canvas }) => {
    // Both ways in, side by side: the password, or a code to the address typed above.
    await expect(await canvas.findByLabelText('E-Mail')).toBeVisible();
    await expect(canvas.getByLabelText('Password')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
    const send = canvas.getByRole('button', { name: 'Send sign in code' });
    await expect(send).toHaveAttribute('name', 'method');
    await expect(send).toHaveValue('code');
    await expect(canvas.queryByLabelText('Login code')).toBeNull();
  },
};

export const LoginCodeSent: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    const codeInput = await requestLoginCode(canvas);
    await expect(canvas.getByRole('status')).toHaveTextContent(LOGIN_CODE_SENT);
    await expect(canvasElement.querySelector('[data-ory-message-id="1010014"]')).not.toBeNull();
    await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(codeInput).toBeRequired();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
    // The address stays in the form, hidden; the password way is gone.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    const form = await findFlowForm(canvasElement, 'login');
    await expect(form.querySelector('input[type="hidden"][name="identifier"]')).toHaveValue(email);
    const message = await lastMessageTo(getOryHarness({ loaded }), email);
    await expect(message.template_type).toBe('login_code_valid');
    await expect(message.code).toMatch(/^\d{6}$/);
  },
};

export const LoginWithCode: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    const codeInput = await requestLoginCode(canvas);
    const { code } = await lastMessageTo(ory, email);
    await userEvent.type(codeInput, code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const LoginInvalidCode: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    const codeInput = await requestLoginCode(canvas);
    const { code } = await lastMessageTo(getOryHarness({ loaded }), email);
    await userEvent.type(codeInput, wrongCode(code ?? '000000'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The login code is invalid or has already been used. Please try again.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4010008"]')).not.toBeNull();
    // Still on the code step: the user can type it again or ask for a new one.
    await expect(canvas.getByLabelText('Login code')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
  },
};

export const LoginResendCode: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    await requestLoginCode(canvas);
    const first = await lastMessageTo(ory, email);
    await userEvent.click(canvas.getByRole('button', { name: 'Resend code' }));
    const loginCodes = () =>
      ory.mock.mock.courier().filter((m) => m.to === email && m.template_type === 'login_code_valid');
    await waitFor(() => expect(loginCodes()).toHaveLength(2));
    const second = await lastMessageTo(ory, email);
    await expect(second.id).not.toBe(first.id);
    await userEvent.type(await canvas.findByLabelText('Login code'), second.code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const LoginUnknownAddress: Story = {
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), 'nobody@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send sign in code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This account does not exist or has not setup sign in with code.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4000035"]')).not.toBeNull();
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue('nobody@example.com');
    await expect(canvas.queryByLabelText('Login code')).toBeNull();
  },
};

export const RegistrationCodeSent: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas, canvasElement, loaded }) => {
    const codeInput = await requestRegistrationCode(canvas);
    await expect(canvas.getByRole('status')).toHaveTextContent(REGISTRATION_CODE_SENT);
    await expect(canvasElement.querySelector('[data-ory-message-id="1040005"]')).not.toBeNull();
    await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
    // The traits travel on as hidden fields, unchanged.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    const form = await findFlowForm(canvasElement, 'registration');
    await expect(form.querySelector('input[type="hidden"][name="traits.email"]')).toHaveValue(NEW_EMAIL);
    await expect(form.querySelector('input[type="hidden"][name="traits.name.first"]')).toHaveValue('Grace');
    const message = await lastMessageTo(getOryHarness({ loaded }), NEW_EMAIL);
    await expect(message.template_type).toBe('registration_code_valid');
  },
};

export const RegistrationWithCode: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    const codeInput = await requestRegistrationCode(canvas);
    const { code } = await lastMessageTo(ory, NEW_EMAIL);
    await userEvent.type(codeInput, code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent(/^Navigated to \//);
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const RegistrationInvalidCode: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas, canvasElement, loaded }) => {
    const codeInput = await requestRegistrationCode(canvas);
    const { code } = await lastMessageTo(getOryHarness({ loaded }), NEW_EMAIL);
    await userEvent.type(codeInput, wrongCode(code ?? '000000'));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The registration code is invalid or has already been used. Please try again.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4040003"]')).not.toBeNull();
    await expect(canvas.getByLabelText('Registration code')).toBeVisible();
  },
};
