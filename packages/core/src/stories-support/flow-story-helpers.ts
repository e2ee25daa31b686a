import type { CourierMessage, MockFetch } from '@headless-ory/mock';
import { expect, waitFor } from 'storybook/test';
import { getOryHarness } from './ory-harness';
import type { OryStoryHarness, SeedAccount } from './types';

interface CanvasQueries {
  findByTestId(id: string): Promise<HTMLElement>;
}

/**
 * Waits until the library navigated (the frame says so on the canvas) and returns where to, as a URL against
 * the page, so a story can check the path and each query parameter on its own.
 */
export async function navigatedTo(canvas: CanvasQueries, loaded: Record<string, unknown>): Promise<URL> {
  const { navigations } = getOryHarness({ loaded });
  await expect(await canvas.findByTestId('navigated')).toHaveTextContent(/^Navigated to /);
  const last = navigations.at(-1);
  if (last === undefined) throw new Error('the canvas says "Navigated to" but no navigation was recorded');
  return new URL(last, window.location.href);
}

/** `<SettingsFlow/>`'s section of one method group (`profile`, `password`, …) once the flow is there. */
export async function findSettingsSection(canvasElement: HTMLElement, group: string): Promise<HTMLElement> {
  let section: HTMLElement | null = null;
  await waitFor(() => {
    section = canvasElement.querySelector<HTMLElement>(`section[data-ory-settings-section="${group}"]`);
    expect(section, `a <section data-ory-settings-section="${group}">`).not.toBeNull();
  });
  return section as unknown as HTMLElement;
}

/** The newest message the story's courier "sent" to `to`, asserted to exist (a recovery or verification code). */
export async function lastMessageTo(harness: OryStoryHarness, to: string): Promise<CourierMessage> {
  let message: CourierMessage | undefined;
  await waitFor(() => {
    message = harness.mock.mock.courier().findLast((sent) => sent.to === to);
    expect(message, `a message to ${to} in the outbox`).toBeDefined();
  });
  return message as CourierMessage;
}

const jsonHeaders = { Accept: 'application/json', 'Content-Type': 'application/json' };

interface ContinueWithItem {
  action: string;
  flow?: { id: string };
}

/**
 * Signs up through the browser flow in the story's cookie jar, as the registration page would, and returns the id
 * of the verification flow Kratos started for the new address (`continue_with: show_verification_ui`).
 */
export async function registerInBrowser(mock: MockFetch, account: SeedAccount): Promise<string> {
  const base = mock.mock.options.publicUrl;
  const init = await mock(`${base}/self-service/registration/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  const flow = (await init.json()) as {
    ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] };
  };
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value;
  const done = await mock(flow.ui.action, {
    method: 'POST',
    headers: jsonHeaders,
    credentials: 'include',
    body: JSON.stringify({
      method: 'password',
      csrf_token: csrf,
      password: account.password,
      traits: { email: account.email },
    }),
  });
  const body = (await done.json()) as { continue_with?: ContinueWithItem[] };
  const verification = body.continue_with?.find((item) => item.action === 'show_verification_ui');
  if (done.status !== 200 || !verification?.flow) {
    throw new Error(
      `registering ${account.email} in the story setup: ${done.status} ${JSON.stringify(body)}`,
    );
  }
  return verification.flow.id;
}
