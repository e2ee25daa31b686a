import { type CDPSession, expect, type Page, test } from '@playwright/test';
import {
  expectNoAxeViolations,
  loginForm,
  PASSWORD,
  registerAccount,
  uniqueEmail,
} from './support/journey-kit';
import type { MockServer } from './support/mock-server';
import { signIn, startDemoMock } from './support/self-service-kit';

// Passkeys and security keys through the demo and Chromium's virtual authenticator (CDP WebAuthn domain): the
// mock serves its WebAuthn script, the library loads it from the script node, the buttons call the script's
// window functions, and the script's form.submit() ends in the library's submit. The journey runs its own mock
// with `methods: { passkey: true, webauthn: true }` and points the demo at it with `?ory_url=`.

let mock: MockServer;
let pointer: string;

test.beforeAll(async () => {
  mock = await startDemoMock({ methods: { passkey: true, webauthn: true } });
  pointer = `ory_url=${encodeURIComponent(mock.url)}`;
});

test.afterAll(async () => {
  await mock?.close();
});

/** A platform authenticator that always has a user present and verified (resident keys: passkeys). */
async function addVirtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return { cdp, id: authenticatorId };
}

interface CredentialRequest {
  kind: 'create' | 'get';
  mediation: string | null;
}

/** Records every navigator.credentials call of the page (and of pages loaded later in the context). */
async function recordCredentialRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const calls: CredentialRequest[] = [];
    Object.assign(window, { __credentialRequests: calls });
    const { credentials } = navigator;
    const create = credentials.create.bind(credentials);
    const get = credentials.get.bind(credentials);
    credentials.create = (options) => {
      // CredentialCreationOptions has `mediation` in browsers, not yet in TypeScript's DOM types.
      const { mediation } = (options ?? {}) as { mediation?: string };
      calls.push({ kind: 'create', mediation: mediation ?? null });
      return create(options);
    };
    credentials.get = (options) => {
      calls.push({ kind: 'get', mediation: options?.mediation ?? null });
      return get(options);
    };
  });
}

async function credentialRequests(page: Page): Promise<CredentialRequest[]> {
  return page.evaluate(
    () => (window as unknown as { __credentialRequests: CredentialRequest[] }).__credentialRequests,
  );
}

async function storedCredentials(authenticator: { cdp: CDPSession; id: string }): Promise<number> {
  const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', {
    authenticatorId: authenticator.id,
  });
  return credentials.length;
}

/** The session as the browser sees it: who, how (methods) and at which level. */
async function session(page: Page) {
  const response = await page.request.get(`${mock.url}/sessions/whoami`, {
    headers: { Accept: 'application/json' },
  });
  const body = (await response.json()) as {
    authenticator_assurance_level?: string;
    authentication_methods?: { method: string }[];
    error?: { id: string };
  };
  return {
    aal: body.authenticator_assurance_level ?? body.error?.id ?? String(response.status()),
    methods: (body.authentication_methods ?? []).map((m) => m.method),
  };
}

function section(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page).toHaveURL(/\/settings\?(.*&)?flow=/);
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(loginForm(page).submit).toBeVisible();
}

test.describe('passkey journey', () => {
  // Each test runs three or four ceremonies and as many page loads; on 2 busy cores that takes 10-20 s.
  test.describe.configure({ timeout: 60_000 });

  test('should sign up with a passkey, sign in with it, then add and remove passkeys in settings', async ({
    page,
  }) => {
    const authenticator = await addVirtualAuthenticator(page);
    await recordCredentialRequests(page);
    const email = uniqueEmail('passkey');

    await test.step('sign up with a passkey instead of a password', async () => {
      await page.goto(`/registration?${pointer}`);
      await expect(page.getByTestId('backend-url')).toHaveText(mock.url);
      await page.getByLabel('E-Mail').fill(email);
      await page.getByRole('button', { name: 'Sign up with passkey' }).click();
      // Signed in already; like after any sign-up, the mock asks to verify the address first.
      await expect(page).toHaveURL(/\/verification\?(.*&)?flow=/);
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect(await session(page)).toEqual({ aal: 'aal1', methods: ['passkey'] });
      expect(await storedCredentials(authenticator)).toBe(1);
    });

    await test.step('sign out; the passkey autofill of the login page signs in', async () => {
      // The virtual authenticator answers a conditional request at once, as if the user had picked the passkey
      // from the identifier field's autofill: no click needed.
      await page.getByRole('navigation', { name: 'Flows' }).getByRole('link', { name: 'Session' }).click();
      const autofilled = page.waitForResponse(
        (response) =>
          response.request().method() === 'POST' && /\/self-service\/login\?/.test(response.url()),
      );
      await page.getByRole('button', { name: 'Sign out' }).click();
      expect((await autofilled).status()).toBe(200);
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect(await credentialRequests(page)).toContainEqual({ kind: 'get', mediation: 'conditional' });
      expect((await session(page)).methods).toEqual(['passkey']);
    });

    await test.step('without autofill, the "Sign in with passkey" button signs in', async () => {
      await page.evaluate(() => {
        PublicKeyCredential.isConditionalMediationAvailable = async () => false;
      });
      await signOut(page);
      const before = (await credentialRequests(page)).length;
      await page.getByRole('button', { name: 'Sign in with passkey' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect((await credentialRequests(page)).slice(before)).toEqual([{ kind: 'get', mediation: null }]);
      expect((await session(page)).methods).toEqual(['passkey']);
    });

    const passkeys = section(page, 'Passkeys');
    const removeButtons = passkeys.getByRole('button', { name: `Remove passkey "${email}"` });
    await test.step('settings list the passkey; it cannot be removed while it is the only way in', async () => {
      await openSettings(page);
      await expect(removeButtons).toHaveCount(1);
      await expect(removeButtons).toBeDisabled();
      // The passkey and security-key sections both carry the script node: the page has it once.
      const scripts = page.locator('script[src$="/.well-known/ory/webauthn.js"]');
      await expect(scripts).toHaveCount(1);
      await expect(scripts).toHaveAttribute('integrity', /^sha512-[A-Za-z0-9+/]+=*$/);
      await expect(scripts).toHaveAttribute('crossorigin', 'anonymous');
      await expectNoAxeViolations(page, '/settings with a passkey');
    });

    await test.step('the same device refuses a second passkey: the page says so', async () => {
      // The options exclude the passkey this authenticator holds, so it refuses (InvalidStateError).
      await passkeys.getByRole('button', { name: 'Add passkey' }).click();
      await expect(page.getByRole('alert')).toHaveText(
        'The passkey or security key did not respond, or the request was cancelled. Please try again.',
      );
      await expect(removeButtons).toHaveCount(1);
    });

    await test.step('add a second passkey from another device', async () => {
      // The options exclude the passkey already registered, so the first authenticator would refuse.
      await authenticator.cdp.send('WebAuthn.removeVirtualAuthenticator', {
        authenticatorId: authenticator.id,
      });
      const otherDevice = await addVirtualAuthenticator(page);
      await passkeys.getByRole('button', { name: 'Add passkey' }).click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(removeButtons).toHaveCount(2);
      await expect(removeButtons.first()).toBeEnabled();
      expect(await storedCredentials(otherDevice)).toBe(1);
    });

    await test.step('remove one of them', async () => {
      await removeButtons.first().click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(removeButtons).toHaveCount(1);
      await expect(removeButtons).toBeDisabled();
    });
  });

  test('should add a security key in settings, then ask for it after the password', async ({ page }) => {
    await addVirtualAuthenticator(page);
    const email = uniqueEmail('security-key');
    await registerAccount(email, mock.url);
    await page.goto(`/login?${pointer}`);
    await signIn(page, email, PASSWORD);

    await test.step('name and add a security key', async () => {
      await openSettings(page);
      const keys = section(page, 'Security keys');
      await keys.getByLabel('Name of the security key').fill('Desk key');
      await keys.getByRole('button', { name: 'Add security key' }).click();
      await expect(page.getByRole('status')).toHaveText('Your changes have been saved!');
      await expect(keys.getByRole('button', { name: 'Remove security key "Desk key"' })).toBeVisible();
      expect((await session(page)).aal).toBe('aal2');
    });

    await test.step('sign out; the password alone now leads to the second factor', async () => {
      await signOut(page);
      const form = loginForm(page);
      await form.email.fill(email);
      await form.password.fill(PASSWORD);
      await form.submit.click();
      await expect(page).toHaveURL(/\/login\?(.*&)?aal=aal2/);
      expect((await session(page)).aal).toBe('session_aal2_required');
    });

    await test.step('the security key completes the sign-in', async () => {
      await page.getByRole('button', { name: 'Sign in with a hardware key' }).click();
      await expect(page.getByTestId('session-identity')).toHaveText(email);
      expect(await session(page)).toEqual({ aal: 'aal2', methods: ['password', 'webauthn'] });
    });
  });
});
