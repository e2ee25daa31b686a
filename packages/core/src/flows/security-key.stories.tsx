import { createSoftwareAuthenticator, type MockFetch, type SoftwareAuthenticator } from '@headless-ory/mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  DEFAULT_ACCOUNT,
  findFlowForm,
  findSettingsSection,
  getOryHarness,
  oryParameters,
  oryStory,
} from '../stories-support';
import { signInFirstFactor } from '../stories-support/method-seed';
import { seedBeforeRender, seeded } from '../stories-support/seed-before-render';
import { LoginFlow } from './login-flow';
import { SettingsFlow } from './settings-flow';

/**
 * Security keys (method `webauthn`, a second factor): named and added in settings, then asked for after the
 * password (aal2). The buttons run the mock's own WebAuthn script, so the mock lives at the page's origin, where
 * Storybook serves it. Storybook's Chromium has no authenticator: the stories stop at the button, and keys that
 * exist already were added in the setup by a software authenticator through the same settings flow.
 */
const meta = {
  title: 'Methods/Security keys',
  component: SettingsFlow,
  ...oryStory,
  parameters: oryParameters({
    seed: true,
    signedIn: true,
    mock: { methods: { password: true, webauthn: true }, publicUrl: window.location.origin },
  }),
} satisfies Meta<typeof SettingsFlow>;

export default meta;
type Story = StoryObj<typeof meta>;

const KEY_NAME = 'Desk key';

interface SettingsNode {
  attributes: { name?: string; value?: unknown };
}

/**
 * Adds a security key named `name` to the signed-in account, as the script would after the user pressed
 * "Add security key": the options of the trigger button, answered by a software authenticator. Adding the key
 * proves it, so the session in the jar is aal2 afterwards.
 */
async function addSecurityKey(mock: MockFetch, name: string): Promise<SoftwareAuthenticator> {
  const authenticator = createSoftwareAuthenticator({ userVerified: false });
  const response = await mock(`${mock.mock.options.publicUrl}/self-service/settings/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  const flow = (await response.json()) as { ui: { action: string; nodes: SettingsNode[] } };
  const value = (field: string) =>
    String(flow.ui.nodes.find((n) => n.attributes.name === field)?.attributes.value ?? '');
  const attestation = await authenticator.register(
    JSON.parse(value('webauthn_register_trigger')),
    window.location.origin,
  );
  const saved = await mock(flow.ui.action, {
    method: 'POST',
    credentials: 'include',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      csrf_token: value('csrf_token'),
      webauthn_register_displayname: name,
      webauthn_register: JSON.stringify(attestation),
    }),
  });
  if (!saved.ok) throw new Error(`adding a security key failed in the story setup: ${saved.status}`);
  return authenticator;
}

// The WebAuthn API speaks ArrayBuffers; the software authenticator speaks the base64url JSON of the nodes.
function base64Url(buffer: BufferSource): string {
  const bytes = ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    : new Uint8Array(buffer);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function bytesOf(value: string): ArrayBuffer {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0)).buffer;
}

/**
 * The user touching the key: navigator.credentials.get answered by the software authenticator that added it, so
 * the mock's real script runs the whole ceremony (options, assertion, hidden input, form submit). Returns the
 * undo, which uncovers the browser's own method again.
 */
function touchKeyWith(authenticator: SoftwareAuthenticator): () => void {
  const container = navigator.credentials;
  const get = async (request?: CredentialRequestOptions) => {
    const publicKey = request?.publicKey;
    if (!publicKey)
      throw new DOMException('only security key requests are answered here', 'NotSupportedError');
    const options = {
      ...publicKey,
      challenge: base64Url(publicKey.challenge),
      allowCredentials: publicKey.allowCredentials?.map((allowed) => ({
        ...allowed,
        id: base64Url(allowed.id),
      })),
    };
    const assertion = await authenticator.authenticate({ publicKey: options }, window.location.origin);
    return {
      id: assertion.id,
      rawId: bytesOf(assertion.rawId),
      type: assertion.type,
      authenticatorAttachment: assertion.authenticatorAttachment,
      response: {
        clientDataJSON: bytesOf(assertion.response.clientDataJSON),
        authenticatorData: bytesOf(assertion.response.authenticatorData),
        signature: bytesOf(assertion.response.signature),
        userHandle: bytesOf(assertion.response.userHandle),
      },
      getClientExtensionResults: () => ({}),
    };
  };
  Object.defineProperty(container, 'get', { configurable: true, value: get });
  return () => {
    delete (container as { get?: unknown }).get;
  };
}

/** The script node ran: the window function the security-key buttons call is there. */
async function expectWebAuthnScript(): Promise<void> {
  const page = window as unknown as Record<string, unknown>;
  await waitFor(() => expect(page.__oryWebAuthnInitialized).toBe(true));
  await expect(document.querySelectorAll('script[src$="/.well-known/ory/webauthn.js"]')).toHaveLength(1);
  await expect(typeof page.oryWebAuthnRegistration).toBe('function');
  await expect(typeof page.oryWebAuthnLogin).toBe('function');
}

export const SettingsAddSecurityKey: Story = {
  play: async ({ canvas, canvasElement }) => {
    const keys = await findSettingsSection(canvasElement, 'webauthn');
    await expect(canvas.getByRole('region', { name: 'Security keys' })).toBe(keys);
    // The user names the key first; the name is what the remove button shows later.
    const name = within(keys).getByLabelText('Name of the security key');
    await expect(name).toHaveAttribute('name', 'webauthn_register_displayname');
    await expect(name).toHaveValue('');
    // A trigger, not a submit: the script asks the authenticator, then submits the form itself.
    const add = within(keys).getByRole('button', { name: 'Add security key' });
    await expect(add).toHaveAttribute('type', 'button');
    await expect(add).toBeEnabled();
    // The hidden field the script writes the authenticator's answer into travels with the same form.
    const written = add.closest('form')?.elements.namedItem('webauthn_register');
    await expect(written).toHaveProperty('type', 'hidden');
    await expect(within(keys).queryByRole('button', { name: /^Remove security key/ })).toBeNull();
    await expectWebAuthnScript();
  },
};

export const SettingsWithSecurityKey: Story = {
  beforeEach: seedBeforeRender((harness) => addSecurityKey(harness.mock, KEY_NAME)),
  play: async ({ canvas, canvasElement }) => {
    const keys = await findSettingsSection(canvasElement, 'webauthn');
    const remove = within(keys).getByRole('button', { name: `Remove security key "${KEY_NAME}"` });
    // A submit naming the credential by value: pressing it removes that key only.
    await expect(remove).toHaveAttribute('type', 'submit');
    await expect(remove).toHaveAttribute('name', 'webauthn_remove');
    await expect(remove.getAttribute('value')).toMatch(/^[0-9a-f]+$/);
    await expect(remove).toBeEnabled();
    await expect(within(keys).getAllByRole('button', { name: /^Remove security key/ })).toHaveLength(1);
    // Another key can still be added.
    await expect(within(keys).getByLabelText('Name of the security key')).toHaveValue('');
    await expect(within(keys).getByRole('button', { name: 'Add security key' })).toBeVisible();
    await expect(canvas.getByRole('region', { name: 'Password' })).toBeVisible();
    await expectWebAuthnScript();
  },
};

const secondFactorLogin = oryParameters({
  seed: true,
  signedIn: true,
  mock: { methods: { password: true, webauthn: true }, publicUrl: window.location.origin },
  query: { aal: 'aal2' },
});

/** The key was added, then the user signed out and in with the password only: the session is aal1. */
const keyThenPasswordOnly = seedBeforeRender(async (harness) => {
  const authenticator = await addSecurityKey(harness.mock, KEY_NAME);
  await signInFirstFactor(harness.mock, DEFAULT_ACCOUNT);
  return authenticator;
});

export const LoginSecondFactor: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: keyThenPasswordOnly,
  play: async ({ canvas, canvasElement }) => {
    const form = await findFlowForm(canvasElement, 'login');
    await expect(await canvas.findByRole('heading', { name: 'Second factor' })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getByRole('status')).toHaveTextContent(
        'Please complete the second authentication challenge.',
      ),
    );
    await expect(canvasElement.querySelector('[data-ory-message-id="1010004"]')).not.toBeNull();
    const key = canvas.getByRole('button', { name: 'Sign in with a hardware key' });
    await expect(key).toHaveAttribute('type', 'button');
    await expect(key).toBeEnabled();
    // The options ride on the button: a challenge for the account's one key.
    const options = JSON.parse(key.getAttribute('value') ?? '{}');
    await expect(options.publicKey.allowCredentials).toHaveLength(1);
    await expect(form.elements.namedItem('webauthn_login')).toHaveProperty('value', '');
    // Only the second factor: no identifier to type, no password, no links away.
    await expect(canvas.queryByLabelText('E-Mail')).toBeNull();
    await expect(canvas.queryByLabelText('Password')).toBeNull();
    await expect(canvas.queryByRole('navigation')).toBeNull();
    await expectWebAuthnScript();
  },
};

export const LoginWithSecurityKey: Story = {
  render: () => <LoginFlow />,
  parameters: secondFactorLogin,
  beforeEach: keyThenPasswordOnly,
  play: async ({ canvas, loaded }) => {
    const harness = getOryHarness({ loaded });
    const key = await canvas.findByRole('button', { name: 'Sign in with a hardware key' });
    await expectWebAuthnScript();
    const untouch = touchKeyWith(seeded<SoftwareAuthenticator>(loaded));
    try {
      await userEvent.click(key);
      await expect(await canvas.findByTestId('navigated')).toHaveTextContent('Navigated to /');
    } finally {
      untouch();
    }
    await expect(canvas.queryByRole('alert')).toBeNull();
    // The key lifted the session: both factors are on it now.
    const whoami = await harness.mock(`${harness.baseUrl}/sessions/whoami`, {
      headers: { Accept: 'application/json' },
      credentials: 'include',
    });
    const session = (await whoami.json()) as {
      authenticator_assurance_level: string;
      authentication_methods: { method: string }[];
    };
    await expect(session.authenticator_assurance_level).toBe('aal2');
    await expect(session.authentication_methods.map((m) => m.method)).toEqual(['password', 'webauthn']);
  },
};
