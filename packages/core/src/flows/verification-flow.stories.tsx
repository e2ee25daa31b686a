import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  lastMessageTo,
  type OryStoryHarness,
  oryParameters,
  oryStory,
  registerInBrowser,
  setStoryQuery,
} from '../stories-support';
import { VerificationFlow } from './verification-flow';

/**
 * `<VerificationFlow/>` against its own in-process mock per story. The seeded account's address is not verified
 * yet; the codes land in the mock's courier outbox, where the play function reads them.
 */
const meta = {
  title: 'Flows/VerificationFlow',
  component: VerificationFlow,
  ...oryStory,
  parameters: oryParameters({ seed: true }),
} satisfies Meta<typeof VerificationFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const { email } = DEFAULT_ACCOUNT;
const CHECK_ADDRESS =
  'If you have not received an email, check the spelling of the address and make sure to use the address you registered with.';
const CODE_SENT = `An email containing a verification code has been sent to the email address you provided. ${CHECK_ADDRESS}`;
const INVALID_CODE = 'The verification code is invalid or has already been used. Please try again.';
const VERIFIED = 'You successfully verified your email address.';

async function requestCode(canvas: Canvas): Promise<HTMLElement> {
  await userEvent.type(await canvas.findByLabelText('Email'), email);
  await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
  return canvas.findByLabelText('Verification code');
}

/** The code of the newest verification message to the address (seeding sent one for another flow before). */
async function codeFromInbox(ory: OryStoryHarness, to = email): Promise<string> {
  const { code, template_type } = await lastMessageTo(ory, to);
  await expect(template_type).toBe('verification_code_valid');
  return code ?? '';
}

async function expectVerified(canvas: Canvas, canvasElement: HTMLElement): Promise<void> {
  // The "code sent" status is still there until Kratos answers: wait for the status to change.
  await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(VERIFIED));
  await expect(canvasElement.querySelector('[data-ory-message-id="1080002"]')).not.toBeNull();
  // Nothing navigates by itself: Kratos' own "Continue" link takes the user on.
  const next = canvas.getByRole('link', { name: 'Continue' });
  await expect(new URL(next.getAttribute('href') ?? '', window.location.href).origin).toBe(
    window.location.origin,
  );
  await expect(canvas.queryByLabelText('Verification code')).toBeNull();
}

export const Initial: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Verify your email' })).toBeVisible();
    const address = await canvas.findByLabelText('Email');
    await expect(address).toHaveAttribute('type', 'email');
    await expect(address).toBeRequired();
    await expect(canvas.getByRole('button', { name: 'Continue' })).toBeVisible();
    await expect(canvas.queryByLabelText('Verification code')).toBeNull();
    const form = await findFlowForm(canvasElement, 'verification');
    await waitFor(() =>
      expect(new URL(window.location.href).searchParams.get('flow')).toBe(
        new URL(form.action).searchParams.get('flow'),
      ),
    );
    await expect(getOryHarness({ loaded }).network.count('GET /self-service/verification/browser')).toBe(1);
  },
};

export const CodeSent: Story = {
  play: async ({ canvas, loaded }) => {
    const code = await requestCode(canvas);
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(code).toBeRequired();
    await expect(canvas.getByRole('status')).toHaveTextContent(CODE_SENT);
    await expect(canvas.queryByLabelText('Email')).toBeNull();
    await expect(canvas.getByRole('button', { name: 'Resend code' })).toBeVisible();
    await expect(await codeFromInbox(getOryHarness({ loaded }))).toMatch(/^\d{6}$/);
  },
};

export const InvalidCode: Story = {
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await requestCode(canvas), '000000');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CODE);
    await expect(canvas.getByLabelText('Verification code')).toHaveValue('');
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const Verified: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    const field = await requestCode(canvas);
    await userEvent.type(field, await codeFromInbox(ory));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expectVerified(canvas, canvasElement);
    await expect(ory.navigations).toEqual([]);
  },
};

const NEW_ACCOUNT = { email: 'grace@example.com', password: DEFAULT_ACCOUNT.password };

export const FromRegistration: Story = {
  parameters: oryParameters({}),
  // The registration page signed the user up a moment ago and sent them here with the flow Kratos started
  // (continue_with: show_verification_ui): the code is on its way already.
  beforeEach: async ({ loaded }) => {
    const flowId = await registerInBrowser(getOryHarness({ loaded }).mock, NEW_ACCOUNT);
    return setStoryQuery({ flow: flowId });
  },
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    const flowId = new URL(window.location.href).searchParams.get('flow');
    const field = await canvas.findByLabelText('Verification code');
    await expect(canvas.getByRole('status')).toHaveTextContent(CODE_SENT);
    await expect(canvas.queryByLabelText('Email')).toBeNull();
    // The flow in the URL was fetched, not replaced by a new one.
    await expect(ory.network.count('GET /self-service/verification/flows')).toBe(1);
    await expect(ory.network.count('GET /self-service/verification/browser')).toBe(0);
    await expect(
      new URL((await findFlowForm(canvasElement, 'verification')).action).searchParams.get('flow'),
    ).toBe(flowId);
    await userEvent.type(field, await codeFromInbox(ory, NEW_ACCOUNT.email));
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expectVerified(canvas, canvasElement);
  },
};
