import { createMockFetch } from '@headless-ory/mock';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useMemo, useState } from 'react';
import { expect, userEvent } from 'storybook/test';
import { useSession } from '../hooks';
import { MOCK_BASE_URL, setStoryQuery } from '../stories-support';
import { OryProvider } from './ory-provider';
import { RegistrationFlow } from './registration-flow';

/**
 * The same drop-in in native mode (`config.kind = 'native'`), as a React Native or desktop app would run it:
 * Kratos' `/api` flows, no cookies, no CSRF token. The session token arrives through `onSessionToken`; the app
 * keeps it in memory (here: React state) and passes it back as `config.sessionToken` for whoami.
 */
function SessionPanel() {
  const { session, status } = useSession();
  return (
    <section aria-label="Session">
      <p data-testid="session-status">Session: {status}</p>
      {session ? (
        <p data-testid="session-email">Signed in as {String(session.identity?.traits.email)}</p>
      ) : null}
    </section>
  );
}

function NativeApp() {
  const fetch = useMemo(() => createMockFetch({ publicUrl: MOCK_BASE_URL }), []);
  const [token, setToken] = useState<string>();
  const [navigatedTo, setNavigatedTo] = useState<string>();
  return (
    <OryProvider
      config={{ baseUrl: MOCK_BASE_URL, kind: 'native', fetch, sessionToken: token }}
      onSessionToken={setToken}
      navigate={setNavigatedTo}
    >
      <RegistrationFlow links={false} />
      <p data-testid="token">{token ? `Token held in memory: ${token.slice(0, 10)}…` : 'No token yet'}</p>
      {navigatedTo ? <p role="status">Navigated to {navigatedTo}</p> : null}
      {token ? <SessionPanel /> : null}
    </OryProvider>
  );
}

const meta = {
  title: 'Flows/NativeMode',
  component: NativeApp,
  // The drop-in reads ?flow= from the page URL: start clean, put the URL back afterwards.
  beforeEach: () => setStoryQuery({}),
} satisfies Meta<typeof NativeApp>;

export default meta;
type Story = StoryObj<typeof meta>;

export const RegisterAndUseToken: Story = {
  play: async ({ canvas }) => {
    await userEvent.type(await canvas.findByLabelText('E-Mail', {}, { timeout: 5000 }), 'native@example.com');
    await userEvent.type(canvas.getByLabelText('Password'), 'correct horse battery staple');
    // No CSRF token travels in native mode: the form has no csrf_token field at all.
    await expect(
      canvas.getByRole('button', { name: 'Sign up' }).closest('form')?.querySelector('[name="csrf_token"]'),
    ).toBeNull();
    await userEvent.click(canvas.getByRole('button', { name: 'Sign up' }));
    await expect(await canvas.findByText(/Token held in memory: /, {}, { timeout: 5000 })).toBeVisible();
    await expect(await canvas.findByTestId('session-email', {}, { timeout: 5000 })).toHaveTextContent(
      'Signed in as native@example.com',
    );
  },
};
