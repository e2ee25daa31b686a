import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findSettingsSection,
  getOryHarness,
  navigatedTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { SettingsFlow } from './settings-flow';

/**
 * `<SettingsFlow/>` against its own in-process mock per story: a signed-in account (ada@example.com) changes
 * its profile and password; the privileged window, a missing session and a dropped connection are real.
 */
const meta = {
  title: 'Flows/SettingsFlow',
  component: SettingsFlow,
  ...oryStory,
  parameters: oryParameters({ seed: true, signedIn: true }),
} satisfies Meta<typeof SettingsFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const NEW_PASSWORD = 'a brand new passphrase for ada';
const SAVED = 'Your changes have been saved!';

/** A section as a user finds it: a region named by its heading (`Profile`, `Password`). */
function section(canvas: Canvas, name: 'Profile' | 'Password'): Promise<HTMLElement> {
  return canvas.findByRole('region', { name });
}

async function saveIn(canvas: Canvas, name: 'Profile' | 'Password'): Promise<void> {
  await userEvent.click(within(await section(canvas, name)).getByRole('button', { name: 'Save' }));
}

/** The new-password field; the section's own name ("Password") would match a plain label query too. */
async function passwordField(canvas: Canvas): Promise<HTMLElement> {
  return within(await section(canvas, 'Password')).getByLabelText('Password');
}

async function submitNewPassword(canvas: Canvas, password: string): Promise<void> {
  await userEvent.type(await passwordField(canvas), password);
  await saveIn(canvas, 'Password');
}

/** The flow's messages show once, above the sections, not inside either form. */
async function expectSavedOnce(canvas: Canvas, canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SAVED));
  const saved = canvas.getByRole('status');
  await expect(canvas.getAllByText(SAVED)).toHaveLength(1);
  await expect(saved.closest('form')).toBeNull();
  await expect(canvasElement.querySelector('[data-ory-message-id="1050001"]')).not.toBeNull();
}

export const SignedOut: Story = {
  parameters: oryParameters({ seed: true, signedIn: false }),
  play: async ({ canvas, loaded }) => {
    // Kratos answers 401 without a session: sign in first, then come back to this very page.
    const pageUrl = window.location.href;
    const target = await navigatedTo(canvas, loaded);
    await expect(target.pathname).toBe('/login');
    await expect(target.searchParams.get('return_to')).toBe(pageUrl);
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(getOryHarness({ loaded }).navigations).toHaveLength(1);
  },
};

export const Initial: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Account settings', level: 2 })).toBeVisible();
    // One section per method group, each its own form, named by its heading.
    const profile = await findSettingsSection(canvasElement, 'profile');
    await expect(within(profile).getByRole('heading', { name: 'Profile', level: 3 })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Profile' })).toBe(profile);
    await expect(within(profile).getByLabelText('E-Mail')).toHaveValue(DEFAULT_ACCOUNT.email);
    await expect(within(profile).getByLabelText('First name')).toHaveValue('');
    await expect(within(profile).getByLabelText('Last name')).toHaveValue('');
    await expect(within(profile).queryByLabelText('Password')).toBeNull();
    await expect(within(profile).getByRole('button', { name: 'Save' })).toHaveValue('profile');
    const password = await findSettingsSection(canvasElement, 'password');
    await expect(within(password).getByRole('heading', { name: 'Password', level: 3 })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Password' })).toBe(password);
    await expect(within(password).getByLabelText('Password')).toHaveAttribute('autocomplete', 'new-password');
    await expect(within(password).queryByLabelText('E-Mail')).toBeNull();
    await expect(within(password).getByRole('button', { name: 'Save' })).toHaveValue('password');
    await expect(canvasElement.querySelectorAll('form')).toHaveLength(2);
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('GET /self-service/settings/browser')).toBe(1);
    await expect(ory.navigations).toEqual([]);
  },
};

export const ProfileSaved: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await userEvent.type(within(await section(canvas, 'Profile')).getByLabelText('First name'), 'Ada');
    await saveIn(canvas, 'Profile');
    await expectSavedOnce(canvas, canvasElement);
    // The saved form stays, showing what is stored now; nothing navigates away.
    const profile = await section(canvas, 'Profile');
    await expect(within(profile).getByLabelText('First name')).toHaveValue('Ada');
    await expect(within(profile).getByLabelText('E-Mail')).toHaveValue(DEFAULT_ACCOUNT.email);
    await expect(canvas.queryByRole('alert')).toBeNull();
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const PasswordTooShort: Story = {
  play: async ({ canvas, canvasElement }) => {
    await submitNewPassword(canvas, 'short');
    await waitFor(async () =>
      expect(await passwordField(canvas)).toHaveAccessibleDescription(
        'The password must be at least 8 characters long, but got 5.',
      ),
    );
    const password = await passwordField(canvas);
    await expect(password).toHaveAttribute('aria-invalid', 'true');
    await expect(password).toHaveValue('');
    await expect(canvasElement.querySelector('[data-ory-message-id="4000032"]')).not.toBeNull();
    // Only the password section is in error; the profile form is untouched.
    await expect(within(await section(canvas, 'Profile')).getByLabelText('E-Mail')).not.toHaveAttribute(
      'aria-invalid',
    );
    await expect(canvas.queryByText(SAVED)).toBeNull();
    await waitFor(async () => expect(await passwordField(canvas)).toHaveFocus());
  },
};

export const PasswordSaved: Story = {
  play: async ({ canvas, canvasElement, loaded }) => {
    await submitNewPassword(canvas, NEW_PASSWORD);
    await expectSavedOnce(canvas, canvasElement);
    // The new password is never echoed back; the field is ready for another change.
    const password = await passwordField(canvas);
    await expect(password).toHaveValue('');
    await expect(password).not.toHaveAttribute('aria-invalid');
    const ory = getOryHarness({ loaded });
    await expect(ory.network.count('POST /self-service/settings')).toBe(1);
    await expect(ory.navigations).toEqual([]);
  },
};

export const RefreshRequired: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    await passwordField(canvas);
    // The sign-in is older than the privileged window (15 minutes): Kratos wants the password again first.
    ory.clock.advance('16m');
    await submitNewPassword(canvas, NEW_PASSWORD);
    const target = await navigatedTo(canvas, loaded);
    await expect(target.pathname).toBe('/login');
    await expect(target.searchParams.get('refresh')).toBe('true');
    // After the refresh, Kratos comes back to this settings flow and applies the change it kept.
    const flowId = new URL(window.location.href).searchParams.get('flow');
    const returnTo = new URL(target.searchParams.get('return_to') ?? '');
    await expect(returnTo.pathname).toBe('/self-service/settings');
    await expect(returnTo.searchParams.get('flow')).toBe(flowId);
    await expect(canvas.queryByText(SAVED)).toBeNull();
  },
};

export const NetworkError: Story = {
  parameters: oryParameters({ seed: true, signedIn: true, network: { failNetwork: 'submit' } }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const profile = await section(canvas, 'Profile');
    await userEvent.type(within(profile).getByLabelText('First name'), 'Ada');
    await userEvent.type(within(profile).getByLabelText('Last name'), 'Lovelace');
    await saveIn(canvas, 'Profile');
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'Could not reach the server. Check your connection and try again.',
    );
    // Nothing typed is lost: the user saves again once the network is back.
    await expect(within(profile).getByLabelText('First name')).toHaveValue('Ada');
    await expect(within(profile).getByLabelText('Last name')).toHaveValue('Lovelace');
    getOryHarness({ loaded }).network.set({ failNetwork: false });
    await saveIn(canvas, 'Profile');
    await expectSavedOnce(canvas, canvasElement);
    await expect(within(await section(canvas, 'Profile')).getByLabelText('Last name')).toHaveValue(
      'Lovelace',
    );
    await expect(canvas.queryByRole('alert')).toBeNull();
  },
};
