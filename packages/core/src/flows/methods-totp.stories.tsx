import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_ACCOUNT, getOryHarness, oryParameters, oryStory } from '../stories-support';
import { enrollTotp, signInFirstFactor } from '../stories-support/method-seed';
import { seedBeforeRender, seeded } from '../stories-support/seed-before-render';
import { totpCode, wrongCode } from '../stories-support/totp-code';
import { LoginFlow } from './login-flow';
import { SettingsFlow } from './settings-flow';

/**
 * An authenticator app (method `totp`): paired in settings from the QR code or its secret, then asked for after
 * the password (aal2). The play function is the user's authenticator: it computes the code from the secret at
 * the story mock's clock.
 */
const meta = {
  title: 'Methods/TOTP',
  component: SettingsFlow,
  ...oryStory,
  parameters: oryParameters({
    seed: true,
    signedIn: true,
    mock: { methods: { password: true, totp: true } },
  }),
} satisfies Meta<typeof SettingsFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const INVALID_CODE = 'The provided authentication code is invalid, please try again.';
const SAVED = 'Your changes have been saved!';

/** Paired already, then signed out and back in with the password only: the session is aal1. */
const pairedThenPasswordOnly = seedBeforeRender(async (ory) => {
  const secret = await enrollTotp(ory.mock);
  await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
  return secret;
});

const secondFactorLogin = oryParameters({
  seed: true,
  signedIn: true,
  mock: { methods: { password: true, totp: true } },
  query: { aal: 'aal2' },
});

function authenticatorSection(canvas: Canvas): Promise<HTMLElement> {
  return canvas.findByRole('region', { name: 'Authenticator app' });
}

/** The secret as the section shows it (for users who can't scan the QR code). */
function shownSecret(section: HTMLElement): string {
  const text = section.querySelector('[data-ory-name="totp_secret_key"] [data-ory-part="text-value"]');
  return text?.textContent?.trim() ?? '';
}

async function codeNow(secret: string, loaded: Record<string, unknown>): Promise<string> {
  return totpCode(secret, getOryHarness({ loaded }).clock.now());
}

export const SettingsPairing: Story = {
  play: async ({ canvas }) => {
    const section = await authenticatorSection(canvas);
    const qr = within(section).getByRole('img', { name: 'Authenticator app QR code' });
    await expect(qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect(qr).toHaveAttribute('width', '256');
    await expect(
      within(section).getByText(
        'This is your authenticator app secret. Use it if you can not scan the QR code.',
      ),
    ).toBeVisible();
    await expect(shownSecret(section)).toMatch(/^[A-Z2-7]{32}$/);
    await expect(within(section).getByLabelText('Verify code')).toBeRequired();
    await expect(within(section).getByRole('button', { name: 'Save' })).toHaveValue('totp');
    await expect(within(section).queryByRole('button', { name: /Unlink/ })).toBeNull();
  },
};

export const SettingsInvalidCode: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    const section = await authenticatorSection(canvas);
    const code = await codeNow(shownSecret(section), loaded);
    await userEvent.type(within(section).getByLabelText('Verify code'), wrongCode(code));
    await userEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(
        within(await authenticatorSection(canvas)).getByLabelText('Verify code'),
      ).toHaveAccessibleDescription(INVALID_CODE),
    );
    const after = await authenticatorSection(canvas);
    await expect(within(after).getByLabelText('Verify code')).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-ory-message-id="4000008"]')).not.toBeNull();
    // Nothing was paired: the same QR code and secret are still there to try again.
    await expect(within(after).getByRole('img', { name: 'Authenticator app QR code' })).toBeVisible();
    await expect(canvas.queryByText(SAVED)).toBeNull();
  },
};

export const SettingsPaired: Story = {
  play: async ({ canvas, loaded }) => {
    const section = await authenticatorSection(canvas);
    const code = await codeNow(shownSecret(section), loaded);
    await userEvent.type(within(section).getByLabelText('Verify code'), code);
    await userEvent.click(within(section).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SAVED));
    const after = await authenticatorSection(canvas);
    await expect(within(after).getByRole('button', { name: 'Unlink TOTP Authenticator App' })).toBeVisible();
    await expect(within(after).queryByRole('img')).toBeNull();
    await expect(within(after).queryByLabelText('Verify code')).toBeNull();
  },
};

export const SettingsUnlink: Story = {
  beforeEach: seedBeforeRender((ory) => enrollTotp(ory.mock)),
  play: async ({ canvas }) => {
    const section = await authenticatorSection(canvas);
    const unlink = within(section).getByRole('button', { name: 'Unlink TOTP Authenticator App' });
    await expect(unlink).toHaveAttribute('name', 'totp_unlink');
    await userEvent.click(unlink);
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SAVED));
    // A new key is offered at once, to pair another app.
    const after = await authenticatorSection(canvas);
    await expect(within(after).getByRole('img', { name: 'Authenticator app QR code' })).toBeVisible();
    await expect(within(after).queryByRole('button', { name: /Unlink/ })).toBeNull();
  },
};

export const LoginSecondFactor: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: pairedThenPasswordOnly,
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Second factor' })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Please complete the second authentication challenge.',
      ),
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="1010004"]')).not.toBeNull();
    // Only the second factor: no identifier, no password, no links away.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByRole('navigation')).toBeNull();
    const input = canvas.getByLabelText('Authentication code');
    await userEvent.type(input, await codeNow(seeded<string>(loaded), loaded));
    await userEvent.click(canvas.getByRole('button', { name: 'Use Authenticator' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const LoginSecondFactorInvalid: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: pairedThenPasswordOnly,
  play: async ({ canvas, canvasElement, loaded }) => {
    const code = await codeNow(seeded<string>(loaded), loaded);
    await userEvent.type(await canvas.findByLabelText('Authentication code'), wrongCode(code));
    await userEvent.click(canvas.getByRole('button', { name: 'Use Authenticator' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(INVALID_CODE);
    await expect(canvasElement.querySelector('[data-ory-message-id="4000008"]')).not.toBeNull();
    // The wrong code is gone; the user types the next one.
    await expect(canvas.getByLabelText('Authentication code')).toHaveValue('');
    await expect(canvas.getByRole('heading', { name: 'Second factor' })).toBeVisible();
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};
