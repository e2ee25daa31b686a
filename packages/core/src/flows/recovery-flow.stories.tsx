import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  lastMessageTo,
  navigatedTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { RecoveryFlow } from './recovery-flow';

/**
 * `<RecoveryFlow/>` against its own in-process mock per story: the code goes to the mock's courier outbox,
 * where the play function reads it like a user reads their inbox.
 */
const meta = {
  title: 'Flows/RecoveryFlow',
  component: RecoveryFlow,
  ...oryStory,
  parameters: oryParameters({ seed: true }),
} satisfies Meta<typeof RecoveryFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const { email } = DEFAULT_ACCOUNT;
const CODE_SENT =
  'An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.';
const INVALID_CODE = 'The recovery code is invalid or has already been used. Please try again.';

async function requestCode(canvas: Canvas, address = email): Promise<HTMLElement> {
  await userEvent.type(await canvas.findByLabelText('Email'), address);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  return canvas.findByLabelText('Recovery code');
}

export const Initial: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Recover your account' })).toBeVisible();
    const address = await canvas.findByLabelText('Email');
    await expect(address).toHaveAttribute('type', 'email');
    await expect(address).toBeRequired();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(canvas.queryByLabelText('Recovery code')).toBeNull();
    const form = await findFlowForm(canvasElement, 'recovery');
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('flow')).toBe(
        new URL(form.action).searchParams.get('flow'),
      ),
    );
    await expect(getOryHarness({ loaded }).network.count('GET /self-service/recovery/browser')).toBe(1);
    await userEvent.click(canvas.getByRole('link', { name: 'Back to sign in' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /login');
  },
};

export const CodeSent: Story = {
  play: async ({ canvas, loaded }) => {
    const code = await requestCode(canvas);
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toHaveAttribute('maxlength', '6');
    await expect(canvas.getByRole('status')).toHaveTextContent(CODE_SENT);
    // The address is not asked again; the code may be sent once more.
    await expect(canvas.queryByLabelText('Email')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
    const sent = await lastMessageTo(getOryHarness({ loaded }), email);
    await expect(sent.subject).toMatch(/^Use code \d{6} to recover access to your account$/);
  },
};

export const InvalidCode: Story = {
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await requestCode(canvas), '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CODE);
    // Another try in the same flow: the code field is still there, empty.
    await expect(canvas.getByLabelText('Recovery code')).toHaveValue('');
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const Success: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    const field = await requestCode(canvas);
    const { code } = await lastMessageTo(ory, email);
    await userEvent.type(field, code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    // Kratos signs the user in and hands over a settings flow to choose a new password.
    const target = await navigatedTo(canvas, loaded);
    await expect(target.pathname).toBe('/settings');
    await expect(target.searchParams.get('flow')).toMatch(/^[0-9a-f-]{36}$/);
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const Expired: Story = {
  parameters: oryParameters({ seed: true, mock: { flowLifespan: '10m' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await userEvent.type(await canvas.findByLabelText('Email'), email);
    const firstAction = (await findFlowForm(canvasElement, 'recovery')).action;
    ory.clock.advance('1h');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    // A fresh flow takes its place, saying why; the user starts again from the address.
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      /The recovery flow expired 50\.\d\d minutes ago, please try again\./,
    );
    const form = await findFlowForm(canvasElement, 'recovery');
    await expect(form.action).not.toBe(firstAction);
    await expect(canvas.getByLabelText('Email')).toBeVisible();
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('flow')).toBe(
        new URL(form.action).searchParams.get('flow'),
      ),
    );
    // Nothing was sent for the expired flow.
    const recoveryCodes = ory.mock.mock
      .courier()
      .filter((sent) => sent.template_type === 'recovery_code_valid');
    await expect(recoveryCodes).toEqual([]);
  },
};

export const AlreadySignedIn: Story = {
  parameters: oryParameters({ seed: true, signedIn: true }),
  play: async ({ canvas, loaded }) => {
    // Kratos answers session_already_available: a signed-in user has nothing to recover.
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    await expect(canvas.queryByLabelText('Email')).toBeNull();
    await expect(getOryHarness({ loaded }).navigations).toEqual(['/']);
  },
};
