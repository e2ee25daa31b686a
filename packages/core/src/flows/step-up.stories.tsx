import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  getOryHarness,
  lastMessageTo,
  navigatedTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { enrollTotp, saveLookupCodes, signInFirstFactor } from '../stories-support/method-seed';
import { seedBeforeRender, seeded } from '../stories-support/seed-before-render';
import { totpCode } from '../stories-support/totp-code';
import { LoginFlow } from './login-flow';
import { SettingsFlow } from './settings-flow';

/**
 * Signing in again while signed in: `refresh=true` (prove it is still you before a sensitive change) and `aal=aal2`
 * (a second factor on top of the password). Both keep `return_to` and bring the user back there.
 */
const meta = {
  title: 'Methods/StepUp',
  component: LoginFlow,
  ...oryStory,
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const { email, password } = DEFAULT_ACCOUNT;
const CONFIRM = 'Please confirm this action by verifying that it is you.';
const SECOND_FACTOR = 'Please complete the second authentication challenge.';
/** Where the user was going: this page's /settings. */
const RETURN_TO = `${window.location.origin}/settings`;

const refresh = (methods: { password: boolean; code?: boolean }) =>
  oryParameters({
    seed: true,
    signedIn: true,
    mock: { methods },
    query: { refresh: 'true', return_to: RETURN_TO },
  });

const secondFactors = { password: true, totp: true, lookup_secret: true };

const stepUp = oryParameters({
  seed: true,
  signedIn: true,
  mock: { methods: secondFactors },
  query: { aal: 'aal2', return_to: RETURN_TO },
});

interface Factors {
  secret: string;
  codes: string[];
}

/** TOTP paired (and backup codes saved, when asked), then a password-only sign-in: an aal1 session. */
function factorsThenPasswordOnly(withCodes: boolean) {
  return seedBeforeRender(async (ory): Promise<Factors> => {
    const secret = await enrollTotp(ory.mock);
    const codes = withCodes ? await saveLookupCodes(ory.mock) : [];
    await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
    return { secret, codes };
  });
}

export const RefreshConfirm: Story = {
  parameters: refresh({ password: true }),
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { name: 'Confirm it’s you' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(CONFIRM));
    await expect(canvasElement.querySelector('[data-ory-message-id="1010003"]')).not.toBeNull();
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /settings');
  },
};

export const RefreshWrongPassword: Story = {
  parameters: refresh({ password: true }),
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await canvas.findByLabelText('Password'), 'not my password at all');
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(/The provided credentials are invalid/);
    // Still re-authenticating the same account, still on the way to /settings.
    await expect(canvas.getByRole('heading', { name: 'Confirm it’s you' })).toBeVisible();
    await expect(canvas.getByLabelText('Password')).toHaveValue('');
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const RefreshWithCode: Story = {
  parameters: refresh({ password: true, code: true }),
  play: async ({ canvas, loaded }) => {
    // The address is known: one button sends the code there.
    const send = await canvas.findByRole('button', { name: `Send code to ${email}` });
    await expect(send).toHaveAttribute('name', 'address');
    await expect(send).toHaveValue(email);
    await userEvent.click(send);
    const codeInput = await canvas.findByLabelText('Login code');
    const { code } = await lastMessageTo(getOryHarness({ loaded }), email);
    await userEvent.type(codeInput, code ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Continue' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /settings');
  },
};

export const SecondFactorStepUp: Story = {
  parameters: stepUp,
  beforeEach: factorsThenPasswordOnly(false),
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Second factor' })).toBeVisible();
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SECOND_FACTOR));
    await expect(canvasElement.querySelector('[data-ory-message-id="1010004"]')).not.toBeNull();
    // Only the paired factor is offered.
    await expect(canvas.queryByLabelText('Backup recovery code')).toBeNull();
    const { secret } = seeded<Factors>(loaded);
    const code = await totpCode(secret, getOryHarness({ loaded }).clock.now());
    await userEvent.type(canvas.getByLabelText('Authentication code'), code);
    await userEvent.click(canvas.getByRole('button', { name: 'Use Authenticator' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /settings');
  },
};

export const SecondFactorChoice: Story = {
  parameters: stepUp,
  beforeEach: factorsThenPasswordOnly(true),
  play: async ({ canvas, loaded }) => {
    // Both factors side by side, each with its own button: the user picks whichever is at hand.
    await expect(await canvas.findByLabelText('Authentication code')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Use Authenticator' })).toHaveValue('totp');
    await expect(canvas.getByLabelText('Backup recovery code')).toBeVisible();
    const useCode = canvas.getByRole('button', { name: 'Use backup recovery code' });
    await expect(useCode).toHaveValue('lookup_secret');
    await userEvent.type(
      canvas.getByLabelText('Backup recovery code'),
      seeded<Factors>(loaded).codes[0] ?? '',
    );
    await userEvent.click(useCode);
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /settings');
  },
};

export const PasswordThenSecondFactor: Story = {
  parameters: oryParameters({
    seed: true,
    signedIn: true,
    mock: { methods: secondFactors },
    query: { return_to: RETURN_TO },
  }),
  // Paired, then signed out: a plain sign-in page.
  beforeEach: seedBeforeRender(async (ory) => {
    await enrollTotp(ory.mock);
    ory.mock.clearCookies();
  }),
  play: async ({ canvas, loaded }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail'), email);
    await userEvent.type(canvas.getByLabelText('Password'), password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    // Kratos wants the second factor next (422): the app's login page asks for it, return_to kept.
    const target = await navigatedTo(canvas, loaded);
    await expect(target.pathname).toBe('/login');
    await expect(target.searchParams.get('aal')).toBe('aal2');
    await expect(target.searchParams.get('return_to')).toBe(RETURN_TO);
  },
};

export const SettingsNeedSecondFactor: Story = {
  render: () => <SettingsFlow />,
  parameters: oryParameters({ seed: true, signedIn: true, mock: { methods: secondFactors } }),
  beforeEach: factorsThenPasswordOnly(false),
  play: async ({ canvas, loaded }) => {
    // An aal1 session of an account with a second factor may not change settings (403 session_aal2_required).
    const pageUrl = window.location.href;
    const target = await navigatedTo(canvas, loaded);
    await expect(target.pathname).toBe('/login');
    await expect(target.searchParams.get('aal')).toBe('aal2');
    await expect(target.searchParams.get('return_to')).toBe(pageUrl);
    await expect(canvas.queryByRole('region', { name: 'Authenticator app' })).toBeNull();
  },
};
