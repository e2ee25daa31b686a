import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { allowSlowMachines, describedBy, fixtures as f, submittedEntries } from '../stories-support';
import { FlowForm } from './flow-form';

/**
 * The renderer on static flows (no network): what a user sees for every node type, message and form state.
 * The stories render FlowForm without an OryProvider, so there is no Ory origin and the WebAuthn script
 * node is never loaded.
 */
const meta = {
  title: 'Renderer/FlowForm',
  component: FlowForm,
  beforeEach: [allowSlowMachines],
  args: { flow: f.everyNodeFlow, onSubmit: fn() },
} satisfies Meta<typeof FlowForm>;

export default meta;
type Story = StoryObj<typeof meta>;

export const EveryNodeType: Story = {
  play: async ({ canvas, canvasElement, args, step }) => {
    const form = canvasElement.querySelector('form') as HTMLFormElement;

    await step('inputs have their labels, types and autocomplete', async () => {
      const email = canvas.getByLabelText('E-Mail');
      await expect(email).toHaveAttribute('type', 'email');
      await expect(email).toHaveAttribute('autocomplete', 'username');
      await expect(email).toBeRequired();
      await expect(canvas.getByLabelText('Password')).toHaveAttribute('type', 'password');
      await expect(canvas.getByLabelText('Verify code')).toHaveAttribute('autocomplete', 'one-time-code');
      await expect(canvas.getByRole('checkbox', { name: 'Remember me on this device' })).toBeChecked();
    });

    await step('hidden inputs travel with the form but are not shown', async () => {
      const csrf = form.querySelector<HTMLInputElement>('input[name="csrf_token"]');
      await expect(csrf).toHaveAttribute('type', 'hidden');
      await expect(csrf?.value).toBe('masked-csrf-token');
      await expect(form.querySelector('input[name="transient_payload"]')).not.toBeVisible();
    });

    await step('oidc and password submit buttons', async () => {
      await expect(canvas.getByRole('button', { name: 'Sign in with GitHub' })).toHaveAttribute(
        'value',
        'github',
      );
      await expect(canvas.getByRole('button', { name: 'Sign in with Google' })).toBeVisible();
      await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toHaveAttribute(
        'type',
        'submit',
      );
    });

    await step('TOTP QR code, secret and lookup codes', async () => {
      const qr = canvas.getByRole('img', { name: 'Authenticator app QR code' });
      await expect(qr).toHaveAttribute('src', expect.stringMatching(/^data:image\/png;base64,/));
      await expect(canvas.getByText(/This is your authenticator app secret/)).toBeVisible();
      await expect(canvas.getByText('JBSWY3DPEHPK3PXP')).toBeVisible();
      await expect(canvas.getByText(/These are your back up recovery codes/)).toBeVisible();
      const codes = within(canvas.getByRole('list')).getAllByRole('listitem');
      await expect(codes.map((item) => item.textContent)).toEqual([
        'abcd-1234',
        'efgh-5678',
        'Secret was used at 2026-01-02 03:04:05 +0000 UTC',
      ]);
    });

    await step('link and the captcha div', async () => {
      await expect(canvas.getByRole('link', { name: 'Continue' })).toHaveAttribute(
        'href',
        'https://ory.example.com/ui/welcome',
      );
      const captcha = canvasElement.querySelector('#captcha-widget');
      await expect(captcha).toHaveAttribute('data-sitekey', 'site-key-123');
      await expect(captcha).toHaveClass('captcha-box');
    });

    await step(
      'typing and submitting hands the form data, with the clicked button, to onSubmit',
      async () => {
        await userEvent.type(canvas.getByLabelText('E-Mail'), 'ada@example.com');
        await userEvent.type(canvas.getByLabelText('Password'), 'correct horse battery staple');
        await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
        await expect(args.onSubmit).toHaveBeenCalledTimes(1);
        const entries = submittedEntries(args.onSubmit);
        await expect(entries).toContainEqual(['identifier', 'ada@example.com']);
        await expect(entries).toContainEqual(['method', 'password']);
        await expect(entries).toContainEqual(['csrf_token', 'masked-csrf-token']);
        await expect(entries).toContainEqual(['remember', 'true']);
        await expect(entries.some(([name]) => name === 'provider')).toBe(false);
      },
    );
  },
};

export const OidcButtonSubmits: Story = {
  args: { flow: f.flow([f.csrf, ...f.oidcButtons]) },
  play: async ({ canvas, args }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with GitHub' }));
    await expect(submittedEntries(args.onSubmit)).toContainEqual(['provider', 'github']);
  },
};

export const ScriptRendersNothingVisible: Story = {
  args: { flow: f.flow([f.csrf, f.webauthnScript]) },
  play: async ({ canvasElement }) => {
    const form = canvasElement.querySelector('form') as HTMLFormElement;
    // Only the hidden csrf input: the script node adds no element of its own to the form.
    await expect(form.textContent).toBe('');
    await expect(form.children).toHaveLength(1);
    // No Ory origin here, so the script is refused rather than loaded from an unknown host.
    await expect(document.querySelector('script[src*="webauthn.js"]')).toBeNull();
  },
};

export const ValidationMessages: Story = {
  args: {
    flow: f.flow([
      f.csrf,
      f.identifier([f.messages.missingIdentifier]),
      f.password([f.messages.shortPassword]),
      f.passwordSubmit,
    ]),
  },
  play: async ({ canvas, canvasElement }) => {
    const email = canvas.getByLabelText('E-Mail');
    const password = canvas.getByLabelText('Password');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(describedBy(email)).toBe('Property identifier is missing.');
    await expect(email).toHaveAccessibleDescription('Property identifier is missing.');
    await expect(password).toHaveAccessibleDescription(
      'The password must be at least 8 characters long, but got 3.',
    );
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'error');
    // After a failed submit the user lands on the first field to fix.
    await waitFor(() => expect(email).toHaveFocus());
  },
};

export const FormMessages: Story = {
  args: {
    flow: f.flow(
      [f.csrf, f.identifier([], 'ada@example.com'), f.password(), f.passwordSubmit],
      [f.messages.confirmIdentity, f.messages.invalidCredentials],
    ),
  },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert');
    await expect(alert).toHaveTextContent(/The provided credentials are invalid/);
    await expect(alert).toHaveAttribute('data-ory-message-id', '4000006');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Please confirm this action by verifying that it is you.',
    );
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue('ada@example.com');
    await waitFor(() => expect(alert).toHaveFocus());
  },
};

export const ClientError: Story = {
  args: {
    flow: f.flow([f.csrf, f.identifier([], 'ada@example.com'), f.password(), f.passwordSubmit]),
    error: 'We could not reach the server. Check your connection and try again.',
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      'We could not reach the server. Check your connection and try again.',
    );
    await expect(canvasElement.querySelector('form')).toHaveAttribute('data-state', 'error');
    await expect(canvas.getByLabelText('E-Mail')).toHaveValue('ada@example.com');
  },
};

export const Submitting: Story = {
  args: { flow: f.flow([f.csrf, f.identifier(), f.password(), f.passwordSubmit]), state: 'submitting' },
  play: async ({ canvas, canvasElement, args }) => {
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('data-state', 'submitting');
    await expect(form).toHaveAttribute('aria-busy', 'true');
    const button = canvas.getByRole('button', { name: 'Sign in with password' });
    await expect(button).toHaveAttribute('data-pending', '');
    await userEvent.click(button);
    // A second submit while one is in flight is ignored.
    await expect(args.onSubmit).not.toHaveBeenCalled();
  },
};
