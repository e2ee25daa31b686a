import { createSoftwareAuthenticator, type MockFetch, WEBAUTHN_SCRIPT_INTEGRITY } from '@headless-ory/mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { webAuthnTriggerNames } from '../nodes/get-node-trigger';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  findSettingsSection,
  oryParameters,
  oryStory,
} from '../stories-support';
import { seedBeforeRender } from '../stories-support/seed-before-render';
import { LoginFlow } from './login-flow';
import { RegistrationFlow } from './registration-flow';
import { SettingsFlow } from './settings-flow';

/**
 * Passkeys with the mock's own WebAuthn script: the drop-ins render the buttons Kratos' passkey nodes ask for and
 * load the script node once (integrity, nonce, crossorigin), which defines the window functions the buttons call.
 * Storybook's Chromium has no authenticator, so the stories stop before a ceremony (the Playwright journey
 * test/journeys/passkey.spec.ts completes them with a virtual one). The mock lives at the page's origin here,
 * where Storybook serves the script.
 */
const meta = {
  title: 'Flows/Passkeys',
  ...oryStory,
  parameters: oryParameters({ mock: { methods: { passkey: true }, publicUrl: window.location.origin } }),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** The script node ran: one element however many forms carry it, with what the node asked for, and its functions. */
async function expectScriptLoaded(): Promise<void> {
  const page = window as unknown as Record<string, unknown>;
  const scripts = () => [
    ...document.querySelectorAll<HTMLScriptElement>('script[src$="/.well-known/ory/webauthn.js"]'),
  ];
  await waitFor(() => expect(page.__oryWebAuthnInitialized).toBe(true));
  await expect(scripts()).toHaveLength(1);
  const [script] = scripts();
  await expect(script?.src).toBe(`${window.location.origin}/.well-known/ory/webauthn.js`);
  await expect(script?.integrity).toBe(WEBAUTHN_SCRIPT_INTEGRITY);
  await expect(script?.crossOrigin).toBe('anonymous');
  await expect(script?.referrerPolicy).toBe('no-referrer');
  // The nonce attribute is hidden once the element is in the document; the property keeps it.
  await expect(script?.nonce).toMatch(/^[A-Za-z0-9]{24}$/);
  for (const name of webAuthnTriggerNames) {
    await expect(typeof page[name]).toBe('function');
    // Compared here: storybook/test's expect wraps the functions it is handed.
    await expect(page[`__${name}`] === page[name]).toBe(true);
  }
}

/** Window functions a story replaced, with what the script had put there (restored after the story). */
const replaced = new Map<string, unknown>();

/** Replaces a function the script defined; the first replacement remembers the script's own. */
function stubWindowFunction(name: string, stub: () => Promise<void>): void {
  const page = window as unknown as Record<string, unknown>;
  if (!replaced.has(name)) replaced.set(name, page[name]);
  page[name] = stub;
}

/** A story's cleanup: the script runs once per page, so later stories need its functions back. */
function restoreWindowFunctions(): () => void {
  return () => {
    const page = window as unknown as Record<string, unknown>;
    for (const [name, original] of replaced) page[name] = original;
    replaced.clear();
  };
}

/** Adds passkeys to the signed-in account through the settings API, answered by software authenticators. */
async function addPasskeys(mock: MockFetch, count: number): Promise<void> {
  const base = mock.mock.options.publicUrl;
  for (let added = 0; added < count; added++) {
    const response = await mock(`${base}/self-service/settings/browser`, {
      headers: { Accept: 'application/json' },
      credentials: 'include',
    });
    const flow = (await response.json()) as {
      ui: { action: string; nodes: { attributes: Record<string, string> }[] };
    };
    const value = (name: string) =>
      flow.ui.nodes.find((n) => n.attributes.name === name)?.attributes.value ?? '';
    const { credentialOptions } = JSON.parse(value('passkey_create_data'));
    const attestation = await createSoftwareAuthenticator().register(
      credentialOptions,
      window.location.origin,
    );
    const saved = await mock(flow.ui.action, {
      method: 'POST',
      credentials: 'include',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
      body: JSON.stringify({
        csrf_token: value('csrf_token'),
        passkey_settings_register: JSON.stringify(attestation),
      }),
    });
    if (!saved.ok) throw new Error(`adding a passkey failed in the story setup: ${saved.status}`);
  }
}

export const SignInWithPasskey: Story = {
  render: () => <LoginFlow />,
  play: async ({ canvas, canvasElement }) => {
    const form = await findFlowForm(canvasElement, 'login');
    const button = await canvas.findByRole('button', { name: 'Sign in with passkey' });
    // A trigger, not a submit: the script asks the authenticator, then submits the form itself.
    await expect(button).toHaveAttribute('type', 'button');
    // Conditional UI: the browser offers passkeys in the identifier's autofill.
    await expect(canvas.getByLabelText('E-Mail')).toHaveAttribute('autocomplete', 'username webauthn');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeVisible();
    // The hidden fields the script reads (the challenge) and writes (the assertion) travel with the form.
    await expect(form.elements.namedItem('passkey_challenge')).toHaveProperty('type', 'hidden');
    await expect(form.elements.namedItem('passkey_login')).toHaveProperty('value', '');
    await expectScriptLoaded();
  },
};

export const SignUpWithPasskey: Story = {
  render: () => <RegistrationFlow />,
  play: async ({ canvas, canvasElement }) => {
    const form = await findFlowForm(canvasElement, 'registration');
    await expect(await canvas.findByRole('button', { name: 'Sign up with passkey' })).toHaveAttribute(
      'type',
      'button',
    );
    // The passkey is named after what the user types here; the script reads it from the same form.
    await expect(canvas.getByLabelText('E-Mail')).toBeVisible();
    const createData = JSON.parse((form.elements.namedItem('passkey_create_data') as HTMLInputElement).value);
    await expect(createData.displayNameFieldName).toBe('traits.email');
    await expect(form.elements.namedItem('passkey_register')).toHaveProperty('type', 'hidden');
    await expect(canvas.getByRole('button', { name: 'Sign up' })).toBeVisible();
    await expectScriptLoaded();
  },
};

export const SettingsWithPasskeys: Story = {
  render: () => <SettingsFlow />,
  parameters: oryParameters({
    mock: { methods: { passkey: true }, publicUrl: window.location.origin },
    seed: true,
    signedIn: true,
  }),
  beforeEach: seedBeforeRender((harness) => addPasskeys(harness.mock, 2)),
  play: async ({ canvas, canvasElement }) => {
    const passkeys = await findSettingsSection(canvasElement, 'passkey');
    await expect(canvas.getByRole('region', { name: 'Passkeys' })).toBe(passkeys);
    const remove = within(passkeys).getAllByRole('button', {
      name: `Remove passkey "${DEFAULT_ACCOUNT.email}"`,
    });
    await expect(remove).toHaveLength(2);
    // A password is left, so either passkey may go; each button names its credential by value.
    for (const button of remove) await expect(button).toBeEnabled();
    await expect(new Set(remove.map((button) => button.getAttribute('value'))).size).toBe(2);
    await expect(within(passkeys).getByRole('button', { name: 'Add passkey' })).toHaveAttribute(
      'type',
      'button',
    );
    await expectScriptLoaded();
  },
};

const FAILED = 'The passkey or security key did not respond, or the request was cancelled. Please try again.';

export const PasskeyDidNotRespond: Story = {
  render: () => <LoginFlow />,
  beforeEach: restoreWindowFunctions,
  play: async ({ canvas, canvasElement }) => {
    const form = await findFlowForm(canvasElement, 'login');
    // Replaced once the script defined its functions, or the script would put its own back.
    await expectScriptLoaded();
    const identifier = canvas.getByLabelText('E-Mail');
    await userEvent.type(identifier, DEFAULT_ACCOUNT.email);
    // What the browser answers when the user cancels the prompt or the authenticator times out.
    stubWindowFunction('oryPasskeyLogin', () =>
      Promise.reject(
        new DOMException('The operation either timed out or was not allowed.', 'NotAllowedError'),
      ),
    );
    const button = canvas.getByRole('button', { name: 'Sign in with passkey' });
    await userEvent.click(button);
    const alert = await canvas.findByRole('alert');
    await expect(alert).toHaveTextContent(FAILED);
    await expect(form).toContainElement(alert);
    // Nothing was submitted and nothing typed is lost: the user can try again or use the password.
    await expect(identifier).toHaveValue(DEFAULT_ACCOUNT.email);
    await expect(form.elements.namedItem('passkey_login')).toHaveProperty('value', '');
    await expect(canvas.getByRole('button', { name: 'Sign in with password' })).toBeEnabled();

    let calls = 0;
    stubWindowFunction('oryPasskeyLogin', async () => {
      calls += 1;
    });
    await userEvent.click(button);
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await expect(calls).toBe(1);
    await expect(identifier).toHaveValue(DEFAULT_ACCOUNT.email);
  },
};
