import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  getOryHarness,
  MOCK_BASE_URL,
  navigatedTo,
  oryParameters,
  oryStory,
} from '../stories-support';
import { allowAtProvider, linkProvider, returnFromProvider } from '../stories-support/method-seed';
import { arriveAt, seedBeforeRender, seeded } from '../stories-support/seed-before-render';
import { LoginFlow } from './login-flow';
import { RegistrationFlow } from './registration-flow';
import { SettingsFlow } from './settings-flow';

/**
 * Social sign-in (method `oidc`) with the mock's fake providers GitHub and Google. Leaving for the provider is a
 * navigation the story's frame records; the provider's consent page is answered in the play function (the user
 * pressing "Allow"), and coming back is the app's URL with the flow Kratos named.
 */
const meta = {
  title: 'Methods/OIDC',
  component: LoginFlow,
  ...oryStory,
  parameters: oryParameters({ seed: true, mock: { methods: { password: true, oidc: true } } }),
} satisfies Meta<typeof LoginFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const GITHUB_ADA = { sub: 'ada-on-github', email: DEFAULT_ACCOUNT.email };
const signedIn = oryParameters({
  seed: true,
  signedIn: true,
  mock: { methods: { password: true, oidc: true } },
});

/** The fake provider's authorization URL the library sent the browser to, checked like a provider would. */
async function expectAtProvider(target: URL, provider: string): Promise<void> {
  await expect(target.origin).toBe(MOCK_BASE_URL);
  await expect(target.pathname).toBe(`/__mock/oidc/${provider}/authorize`);
  await expect(target.searchParams.get('state')).toMatch(/.+/);
  await expect(target.searchParams.get('redirect_uri')).toBe(
    `${MOCK_BASE_URL}/self-service/methods/oidc/callback/${provider}`,
  );
}

async function connectedAccounts(canvas: Canvas): Promise<HTMLElement> {
  return canvas.findByRole('region', { name: 'Connected accounts' });
}

export const LoginProviders: Story = {
  play: async ({ canvas }) => {
    // One button per provider; the provider travels as the pressed button's value.
    for (const [label, id] of [
      ['GitHub', 'github'],
      ['Google', 'google'],
    ]) {
      const button = await canvas.findByRole('button', { name: `Sign in with ${label}` });
      await expect(button).toHaveAttribute('name', 'provider');
      await expect(button).toHaveValue(id);
    }
    // The password way is still there, below.
    await expect(canvas.getByLabelText('Password')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
  },
};

export const LoginLeavesForProvider: Story = {
  play: async ({ canvas, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in with Google' }));
    // Kratos answers 422 browser_location_change_required: the whole browser goes to the provider.
    await expectAtProvider(await navigatedTo(canvas, loaded), 'google');
    await expect(getOryHarness({ loaded }).navigations).toHaveLength(1);
  },
};

export const LoginBackFromProvider: Story = {
  play: async ({ canvas, loaded }) => {
    const ory = getOryHarness({ loaded });
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign in with GitHub' }));
    const target = await navigatedTo(canvas, loaded);
    // A subject the mock has never seen: Kratos signs it up and in, then sends the browser to the app.
    const back = await allowAtProvider(ory.mock, target.href, { sub: 'grace', email: 'grace@example.com' });
    await expect(back.origin).toBe(window.location.origin);
    await expect(back.pathname).toBe('/');
    await expect(ory.mock.cookies().some((cookie) => cookie.name === 'ory_kratos_session')).toBe(true);
  },
};

export const LoginLinksExistingAccount: Story = {
  // GitHub says the user is ada@example.com, whose account signs in with a password: Kratos asks for it first.
  beforeEach: seedBeforeRender(async (ory) => {
    const back = await returnFromProvider(ory.mock, 'login', 'github', GITHUB_ADA);
    arriveAt(back);
    return back;
  }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await expect(seeded<URL>(loaded).pathname).toBe('/login');
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        `You tried to sign in with "${DEFAULT_ACCOUNT.email}", but that email is already used by another account.`,
      ),
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="1010016"]')).not.toBeNull();
    const form = await findFlowForm(canvasElement, 'login');
    await expect(form.querySelector('input[type="hidden"][name="identifier"]')).toHaveValue(
      DEFAULT_ACCOUNT.email,
    );
    // Any other provider may confirm it instead; GitHub itself is not offered again.
    await expect(canvas.getByRole('button', { name: 'Confirm with Google' })).toHaveValue('google');
    await expect(canvas.queryByRole('button', { name: /GitHub/ })).toBeNull();
    await userEvent.type(canvas.getByLabelText('Password'), DEFAULT_ACCOUNT.password);
    await userEvent.click(canvas.getByRole('button', { name: 'Sign in with password' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    // From now on GitHub alone signs this account in.
    ory.mock.clearCookies();
    const next = await returnFromProvider(ory.mock, 'login', 'github', GITHUB_ADA);
    await expect(next.pathname).toBe('/');
  },
};

export const RegistrationProviders: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas }) => {
    for (const [label, id] of [
      ['GitHub', 'github'],
      ['Google', 'google'],
    ]) {
      const button = await canvas.findByRole('button', { name: `Sign up with ${label}` });
      await expect(button).toHaveAttribute('name', 'provider');
      await expect(button).toHaveValue(id);
    }
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toBeVisible();
  },
};

export const RegistrationLeavesForProvider: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas, loaded }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Sign up with GitHub' }));
    await expectAtProvider(await navigatedTo(canvas, loaded), 'github');
  },
};

export const RegistrationMissingEmail: Story = {
  render: () => <RegistrationFlow />,
  // The browser comes back from Google, which shared no email address: Kratos names the registration flow.
  beforeEach: seedBeforeRender(async (ory) => {
    const back = await returnFromProvider(ory.mock, 'registration', 'google', { sub: 'no-email', email: '' });
    arriveAt(back);
    return back;
  }),
  play: async ({ canvas, canvasElement, loaded }) => {
    const ory = getOryHarness({ loaded });
    await expect(seeded<URL>(loaded).pathname).toBe('/registration');
    const email = await canvas.findByLabelText('E-Mail');
    await expect(email).toHaveAccessibleDescription('Property email is missing.');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(canvasElement.querySelector('[data-ory-message-id="4000002"]')).not.toBeNull();
    // Only the way it started remains: the same provider, to continue with.
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    const proceed = canvas.getByRole('button', { name: 'Continue' });
    await expect(proceed).toHaveAttribute('name', 'provider');
    await expect(proceed).toHaveValue('google');
    await userEvent.type(email, 'no-email@example.com');
    await userEvent.click(proceed);
    await expectAtProvider(await navigatedTo(canvas, loaded), 'google');
    await expect(ory.navigations).toHaveLength(1);
  },
};

export const SettingsConnectedAccounts: Story = {
  render: () => <SettingsFlow />,
  parameters: signedIn,
  play: async ({ canvas }) => {
    const section = await connectedAccounts(canvas);
    for (const [label, id] of [
      ['GitHub', 'github'],
      ['Google', 'google'],
    ]) {
      const link = within(section).getByRole('button', { name: `Link ${label}` });
      await expect(link).toHaveAttribute('name', 'link');
      await expect(link).toHaveValue(id);
    }
    await expect(within(section).queryByRole('button', { name: /^Unlink/ })).toBeNull();
  },
};

export const SettingsLink: Story = {
  render: () => <SettingsFlow />,
  parameters: signedIn,
  play: async ({ canvas, loaded }) => {
    await userEvent.click(
      within(await connectedAccounts(canvas)).getByRole('button', { name: 'Link GitHub' }),
    );
    await expectAtProvider(await navigatedTo(canvas, loaded), 'github');
  },
};

export const SettingsUnlink: Story = {
  render: () => <SettingsFlow />,
  parameters: signedIn,
  beforeEach: seedBeforeRender((ory) => linkProvider(ory.mock, 'github', GITHUB_ADA)),
  play: async ({ canvas, loaded }) => {
    const section = await connectedAccounts(canvas);
    // GitHub is linked (and the password remains, so it may go); Google can still be linked.
    await expect(within(section).getByRole('button', { name: 'Link Google' })).toBeVisible();
    const unlink = within(section).getByRole('button', { name: 'Unlink GitHub' });
    await expect(unlink).toHaveAttribute('name', 'unlink');
    await expect(unlink).toHaveValue('github');
    await userEvent.click(unlink);
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent('Your changes have been saved!'),
    );
    const after = await connectedAccounts(canvas);
    await expect(within(after).getByRole('button', { name: 'Link GitHub' })).toBeVisible();
    await expect(within(after).queryByRole('button', { name: 'Unlink GitHub' })).toBeNull();
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};
