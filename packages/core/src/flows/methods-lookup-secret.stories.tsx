import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DEFAULT_ACCOUNT, getOryHarness, oryParameters, oryStory } from '../stories-support';
import { saveLookupCodes, signInFirstFactor, useLookupCode } from '../stories-support/method-seed';
import { seedBeforeRender, seeded } from '../stories-support/seed-before-render';
import { LoginFlow } from './login-flow';
import { SettingsFlow } from './settings-flow';

/**
 * Backup recovery codes (method `lookup_secret`): generated and confirmed in settings, revealed later with the
 * used ones marked, and typed at login as the second factor — each code once.
 */
const meta = {
  title: 'Methods/LookupSecret',
  component: SettingsFlow,
  ...oryStory,
  parameters: oryParameters({
    seed: true,
    signedIn: true,
    mock: { methods: { password: true, lookup_secret: true } },
  }),
} satisfies Meta<typeof SettingsFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = Parameters<NonNullable<Story['play']>>[0]['canvas'];

const SAVED = 'Your changes have been saved!';
const CODES_LABEL = 'These are your back up recovery codes. Please keep them in a safe place!';

const secondFactorLogin = oryParameters({
  seed: true,
  signedIn: true,
  mock: { methods: { password: true, lookup_secret: true } },
  query: { aal: 'aal2' },
});

/** Codes saved, then a fresh password-only sign-in (aal1): Kratos wants a second factor next. */
const codesThenPasswordOnly = seedBeforeRender(async (ory) => {
  const codes = await saveLookupCodes(ory.mock);
  await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
  return codes;
});

/** As above, but the first code was used once already to reach aal2 (the session in the jar is aal2). */
const firstCodeUsed = seedBeforeRender(async (ory) => {
  const codes = await saveLookupCodes(ory.mock);
  await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
  await useLookupCode(ory.mock, codes[0] ?? '');
  return codes;
});

function backupSection(canvas: Canvas): Promise<HTMLElement> {
  return canvas.findByRole('region', { name: 'Backup recovery codes' });
}

/** The codes as the list shows them, one item each. */
function listedCodes(section: HTMLElement): HTMLElement[] {
  return [...section.querySelectorAll<HTMLElement>('[data-ory-part="text-item"]')];
}

async function generate(canvas: Canvas): Promise<HTMLElement> {
  const section = await backupSection(canvas);
  await userEvent.click(within(section).getByRole('button', { name: 'Generate new backup recovery codes' }));
  await waitFor(async () => expect(listedCodes(await backupSection(canvas))).toHaveLength(12));
  return backupSection(canvas);
}

export const SettingsNone: Story = {
  play: async ({ canvas }) => {
    const section = await backupSection(canvas);
    const generateButton = within(section).getByRole('button', {
      name: 'Generate new backup recovery codes',
    });
    await expect(generateButton).toHaveAttribute('name', 'lookup_secret_regenerate');
    await expect(listedCodes(section)).toHaveLength(0);
    await expect(within(section).queryByRole('button', { name: /Reveal|Confirm|Disable/ })).toBeNull();
  },
};

export const SettingsGenerated: Story = {
  play: async ({ canvas, loaded }) => {
    const section = await generate(canvas);
    await expect(within(section).getByText(CODES_LABEL)).toBeVisible();
    await expect(within(section).getByRole('list')).toBeVisible();
    for (const item of listedCodes(section)) {
      await expect(item.textContent).toMatch(/^[a-z0-9]{8}$/);
      await expect(item).toHaveAttribute('data-ory-message-id', '1050009');
    }
    // Shown, not saved yet: the user confirms once they have written them down.
    await expect(
      within(section).getByRole('button', { name: 'Confirm backup recovery codes' }),
    ).toBeVisible();
    await expect(canvas.queryByText(SAVED)).toBeNull();
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const SettingsConfirmed: Story = {
  play: async ({ canvas }) => {
    const section = await generate(canvas);
    await userEvent.click(within(section).getByRole('button', { name: 'Confirm backup recovery codes' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SAVED));
    const after = await backupSection(canvas);
    await expect(listedCodes(after)).toHaveLength(0);
    await expect(within(after).getByRole('button', { name: 'Reveal backup recovery codes' })).toBeVisible();
    await expect(within(after).getByRole('button', { name: 'Disable this method' })).toBeVisible();
  },
};

export const SettingsRevealUsed: Story = {
  beforeEach: firstCodeUsed,
  play: async ({ canvas, loaded }) => {
    const codes = seeded<string[]>(loaded);
    const section = await backupSection(canvas);
    await userEvent.click(within(section).getByRole('button', { name: 'Reveal backup recovery codes' }));
    await waitFor(async () => expect(listedCodes(await backupSection(canvas))).toHaveLength(12));
    const [used, ...unused] = listedCodes(await backupSection(canvas));
    // The used code is no longer shown, only when it was used.
    await expect(used).toHaveTextContent(/^Secret was used at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000 UTC$/);
    await expect(used).toHaveAttribute('data-ory-message-id', '1050014');
    await expect(unused.map((item) => item.textContent)).toEqual(codes.slice(1));
  },
};

export const SettingsDisable: Story = {
  beforeEach: seedBeforeRender((ory) => saveLookupCodes(ory.mock)),
  play: async ({ canvas }) => {
    const section = await backupSection(canvas);
    await userEvent.click(within(section).getByRole('button', { name: 'Disable this method' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(SAVED));
    const after = await backupSection(canvas);
    await expect(
      within(after).getByRole('button', { name: 'Generate new backup recovery codes' }),
    ).toBeVisible();
    await expect(within(after).queryByRole('button', { name: 'Reveal backup recovery codes' })).toBeNull();
  },
};

export const LoginWithBackupCode: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: codesThenPasswordOnly,
  play: async ({ canvas, loaded }) => {
    await expect(await canvas.findByRole('heading', { name: 'Second factor' })).toBeVisible();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    const input = canvas.getByLabelText('Backup recovery code');
    await userEvent.type(input, seeded<string[]>(loaded)[3] ?? '');
    await userEvent.click(canvas.getByRole('button', { name: 'Use backup recovery code' }));
    await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
  },
};

export const LoginUsedBackupCode: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: seedBeforeRender(async (ory) => {
    const codes = await saveLookupCodes(ory.mock);
    await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
    await useLookupCode(ory.mock, codes[0] ?? '');
    // Signed out and in again with the password: the used code is all the user has at hand.
    await signInFirstFactor(ory.mock, DEFAULT_ACCOUNT);
    return codes;
  }),
  play: async ({ canvas, canvasElement, loaded }) => {
    await userEvent.type(
      await canvas.findByLabelText('Backup recovery code'),
      seeded<string[]>(loaded)[0] ?? '',
    );
    await userEvent.click(canvas.getByRole('button', { name: 'Use backup recovery code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This backup recovery code has already been used.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4000012"]')).not.toBeNull();
    await expect(canvas.getByLabelText('Backup recovery code')).toHaveValue('');
    await expect(getOryHarness({ loaded }).navigations).toEqual([]);
  },
};

export const LoginUnknownBackupCode: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: codesThenPasswordOnly,
  play: async ({ canvas, canvasElement }) => {
    await userEvent.type(await canvas.findByLabelText('Backup recovery code'), 'notacode');
    await userEvent.click(canvas.getByRole('button', { name: 'Use backup recovery code' }));
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'The backup recovery code is not valid.',
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="4000016"]')).not.toBeNull();
  },
};
