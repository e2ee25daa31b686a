import { createMockFetch } from '@headless-ory/mock';
import { QueryClient } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ComponentType, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MOCK_URL, seedIdentity } from '../test-utils/render-with-ory';
import { LoginFlow } from './login-flow';
import { OryProvider } from './ory-provider';
import { RegistrationFlow } from './registration-flow';

/**
 * A flaky network, a server that never answers, a failing gateway and answers of unknown shape, on load and on
 * submit, through the drop-ins: the user always gets words and a way to try again, and never loses what they typed.
 */
type Fault = 'offline' | 'hang';
type MockFetch = ReturnType<typeof createMockFetch>;

interface Case {
  name: string;
  Flow: ComponentType;
  submitLabel: string;
  path: string;
}

const cases: Case[] = [
  {
    name: 'LoginFlow',
    Flow: LoginFlow,
    submitLabel: 'Sign in with password',
    path: '/login',
  },
  {
    name: 'RegistrationFlow',
    Flow: RegistrationFlow,
    submitLabel: 'Sign up',
    path: '/registration',
  },
];

const TIMEOUT_MS = 300;

/**
 * The in-process mock behind a network the test controls: `fail(fault, match)` makes the next matching requests
 * reject ('offline') or never answer until aborted ('hang'); `heal()` brings it back.
 */
function flakyNetwork() {
  const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
  let fault: { kind: Fault; match: (request: Request) => boolean } | undefined;
  const posts: string[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'POST') posts.push(new URL(request.url).pathname);
    if (fault?.match(request)) {
      if (fault.kind === 'offline') throw new TypeError('Failed to fetch');
      return new Promise<Response>((_resolve, reject) =>
        request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    }
    return mockFetch(request);
  };
  return {
    mockFetch,
    fetch,
    posts,
    fail(kind: Fault, match: (request: Request) => boolean = () => true) {
      fault = { kind, match };
    },
    heal() {
      fault = undefined;
    },
  };
}

function renderFlow(Flow: ComponentType, fetch: typeof globalThis.fetch) {
  const navigate = vi.fn();
  const view = render(
    <StrictMode>
      <OryProvider
        config={{ baseUrl: MOCK_URL, fetch, timeoutMs: TIMEOUT_MS }}
        navigate={navigate}
        queryClient={new QueryClient()}
      >
        <Flow />
      </OryProvider>
    </StrictMode>,
  );
  return { ...view, navigate };
}

const isPost = (request: Request) => request.method === 'POST';
const isInit = (request: Request) => new URL(request.url).pathname.endsWith('/browser');

const form = () => screen.findByLabelText('E-Mail', {}, { timeout: 3000 });

async function typeCredentials(email = 'ada@example.com', password = 'correct horse battery staple') {
  const user = userEvent.setup();
  await user.type(await form(), email);
  await user.type(screen.getByLabelText('Password'), password);
  return user;
}

function expectTyped(email: string, password: string) {
  expect(screen.getByLabelText('E-Mail')).toHaveValue(email);
  expect(screen.getByLabelText('Password')).toHaveValue(password);
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe.each(cases)('<$name> on a bad network', ({ Flow, submitLabel, path }) => {
  it.each<[string, Fault | 'status', RegExp]>([
    ['the network is down', 'offline', /Could not reach the server/],
    ['Kratos does not answer in time', 'hang', /The server did not answer in time/],
    ['the gateway fails (503)', 'status', /The server is having trouble \(HTTP 503\)/],
  ])(
    'should show an alert with Try again when %s on load, then load the form',
    async (_name, fault, words) => {
      window.history.replaceState(null, '', path);
      const network = flakyNetwork();
      if (fault === 'status')
        network.mockFetch.mock.nextError({ status: 503, body: '<html>Service Unavailable</html>' });
      else network.fail(fault, isInit);
      renderFlow(Flow, network.fetch);
      const alert = await screen.findByRole('alert', {}, { timeout: 3000 });
      expect(alert).toHaveTextContent(words);
      network.heal();
      await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
      expect(await form()).toBeInTheDocument();
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    },
  );

  it.each<[string, Fault | 'status', RegExp]>([
    ['the network is down', 'offline', /Could not reach the server/],
    ['Kratos does not answer in time', 'hang', /The server did not answer in time/],
    ['Kratos fails (500)', 'status', /./],
  ])(
    'should keep what was typed when %s on submit, and let the user submit again',
    async (_name, fault, words) => {
      window.history.replaceState(null, '', path);
      const network = flakyNetwork();
      renderFlow(Flow, network.fetch);
      const user = await typeCredentials('ada@example.com', 'correct horse battery staple');
      if (fault === 'status') network.mockFetch.mock.nextError({ status: 500, path: '/self-service' });
      else network.fail(fault, isPost);
      await user.click(screen.getByRole('button', { name: submitLabel }));
      await waitFor(() =>
        expect(
          screen
            .getAllByRole('alert')
            .map((alert) => alert.textContent)
            .join(' '),
        ).toMatch(words),
      );
      expectTyped('ada@example.com', 'correct horse battery staple');

      // Trying again with the same values reaches Kratos: the form answers (invalid credentials, or signed up).
      network.heal();
      await user.click(screen.getByRole('button', { name: submitLabel }));
      await waitFor(() => expect(network.posts.length).toBe(2));
      expect(screen.getByLabelText('E-Mail')).toHaveValue('ada@example.com');
    },
  );

  it('should post once for two rapid submits (a double click, Enter twice)', async () => {
    window.history.replaceState(null, '', path);
    const network = flakyNetwork();
    renderFlow(Flow, network.fetch);
    await typeCredentials();
    const button = screen.getByRole('button', { name: submitLabel });
    const formElement = button.closest('form') as HTMLFormElement;
    // Both in one tick, before any answer: the second must find the form busy.
    act(() => {
      fireEvent.click(button);
      fireEvent.click(button);
      formElement.requestSubmit(button);
    });
    await waitFor(() => expect(network.posts).toHaveLength(1));
    // Settled (the answer is on screen, maybe as a new form): still one.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: submitLabel })).not.toHaveAttribute('aria-disabled'),
    );
    expect(network.posts).toHaveLength(1);
  });

  it.each<[string, { status: number; body?: unknown }]>([
    ['an HTML page', { status: 200, body: '<!doctype html><html><body>Welcome to nginx!</body></html>' }],
    ['an empty body', { status: 200 }],
    ['a JSON array', { status: 200, body: [] }],
    ['a JSON string', { status: 400, body: 'null' }],
    ['a flow-less object', { status: 200, body: { ui: null, error: 7 } }],
  ])('should show words, not crash, when Kratos answers %s', async (_name, answer) => {
    window.history.replaceState(null, '', path);
    const network = flakyNetwork();
    // On load…
    network.mockFetch.mock.nextError({ ...answer, path: '/self-service' });
    const view = renderFlow(Flow, network.fetch);
    expect(await screen.findByRole('alert', {}, { timeout: 3000 })).toHaveTextContent(
      new RegExp(`The server sent an answer this app could not read \\(HTTP ${answer.status}\\)`),
    );
    await userEvent.setup().click(screen.getByRole('button', { name: /Try again|Start over/ }));
    view.unmount();

    // …and on submit.
    renderFlow(Flow, network.fetch);
    const user = await typeCredentials('shape@example.com', 'correct horse battery staple');
    network.mockFetch.mock.nextError({ ...answer, path: '/self-service', method: 'POST' });
    await user.click(screen.getByRole('button', { name: submitLabel }));
    await waitFor(() =>
      expect(
        screen
          .getAllByRole('alert')
          .map((alert) => alert.textContent)
          .join(' '),
      ).toMatch(/could not read/),
    );
    expectTyped('shape@example.com', 'correct horse battery staple');
  });
});

describe('<LoginFlow> retry after a failed submit', () => {
  it('should sign in on the retry with the values typed before the failure', async () => {
    window.history.replaceState(null, '', '/login');
    const network = flakyNetwork();
    const { email, password } = await seedIdentity(network.mockFetch as MockFetch);
    const view = renderFlow(LoginFlow, network.fetch);
    const user = await typeCredentials(email, password);
    network.fail('offline', isPost);
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Could not reach the server/);
    network.heal();
    await user.click(screen.getByRole('button', { name: 'Sign in with password' }));
    // Signed in: Kratos' continue_with sends the browser to its default return URL (the mock's UI).
    await waitFor(() => expect(view.navigate).toHaveBeenCalledWith('http://localhost:5173'));
    expect(network.posts).toEqual(['/self-service/login', '/self-service/login']);
  });
});
