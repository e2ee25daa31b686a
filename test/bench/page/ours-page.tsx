// The page Playwright drives for our side. Production React (or the profiling build, for the Profiler),
// the library as an app bundles it, and the in-process mock as the Kratos endpoint.
import { type Flow, LoginFlow, OryProvider, oryKeys, SettingsFlow } from '@headless-ory/core';
import { createMockFetch } from '@headless-ory/mock';
import { QueryClient } from '@tanstack/react-query';
import { Profiler, type ReactElement, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { largeSettingsFlowJson, loginFlowJson, MOCK_URL } from './flow-fixtures';
import { median, nextTask, waitFor } from './page-utils';

const PASSWORD = 'correct horse battery staple';
const EMAIL = 'ada@example.com';

type MockFetch = ReturnType<typeof createMockFetch>;

/** Seeds an identity straight through the mock (native registration), outside the counted requests. */
async function seedIdentity(mockFetch: MockFetch) {
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  const init = await mockFetch(`${MOCK_URL}/self-service/registration/api`, { headers });
  const flow = (await init.json()) as { ui: { action: string } };
  const done = await mockFetch(flow.ui.action, {
    method: 'POST',
    headers,
    body: JSON.stringify({ method: 'password', password: PASSWORD, traits: { email: EMAIL } }),
  });
  if (done.status !== 200) throw new Error(`seeding failed: HTTP ${done.status}`);
}

function mount(element: ReactElement): { root: Root; container: HTMLElement } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(element);
  return { root, container };
}

function form(container: HTMLElement): HTMLFormElement | null {
  return container.querySelector('form');
}

function fillAndSubmit(container: HTMLElement, identifier: string, password: string) {
  const current = form(container) as HTMLFormElement;
  (current.elements.namedItem('identifier') as HTMLInputElement).value = identifier;
  (current.elements.namedItem('password') as HTMLInputElement).value = password;
  const submitter = current.querySelector<HTMLButtonElement>('button[name="method"][value="password"]');
  current.requestSubmit(submitter);
}

/** Requests per phase of a login under StrictMode: create, a successful submit, a submit after 410. */
async function requests() {
  let clock = Date.now();
  const mockFetch = createMockFetch({ publicUrl: MOCK_URL, now: () => clock, flowLifespan: '10m' });
  await seedIdentity(mockFetch);
  let log: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const request = new Request(input, init);
    log.push(`${request.method} ${new URL(request.url).pathname}`);
    return mockFetch(request);
  };
  const take = () => {
    const taken = log;
    log = [];
    return taken;
  };
  const navigations: string[] = [];
  const app = () => (
    <StrictMode>
      <OryProvider
        config={{ baseUrl: MOCK_URL, fetch }}
        navigate={(url) => navigations.push(url)}
        queryClient={new QueryClient()}
      >
        <LoginFlow />
      </OryProvider>
    </StrictMode>
  );

  history.replaceState(null, '', '/ours.html');
  const first = mount(app());
  const until = (check: () => unknown) =>
    waitFor(check).catch((error: Error) => {
      throw new Error(`${error.message}; requests: ${log.join(', ') || 'none'}`);
    });
  await until(() => form(first.container));
  await nextTask(50);
  const create = take();
  fillAndSubmit(first.container, EMAIL, PASSWORD);
  await until(() => navigations.length > 0);
  await nextTask(50);
  const submit = take();
  first.root.unmount();
  first.container.remove();

  // A new visitor: the first login left a session, and Kratos refuses a login flow to a signed-in browser.
  mockFetch.clearCookies();
  history.replaceState(null, '', '/ours.html');
  const second = mount(app());
  await until(() => form(second.container));
  await nextTask(50);
  take();
  const oldAction = form(second.container)?.action;
  clock += 11 * 60_000; // past the flow's lifespan: the next submit gets 410 self_service_flow_expired
  fillAndSubmit(second.container, EMAIL, PASSWORD);
  await until(() => {
    const next = form(second.container);
    return next && next.action !== oldAction && next.getAttribute('data-state') !== 'submitting';
  });
  await nextTask(50);
  const restart = take();
  const carried = (form(second.container)?.elements.namedItem('identifier') as HTMLInputElement)?.value;
  second.root.unmount();
  second.container.remove();
  history.replaceState(null, '', '/ours.html');
  return { create, submit, restart, carriedIdentifier: carried === EMAIL };
}

/** Fresh mount → committed DOM, synchronously (flushSync), `runs` times; the first is reported apart. */
async function renderTimes(which: 'login' | 'settings', flow: Flow, runs: number) {
  const queryClient = new QueryClient();
  queryClient.setQueryData(oryKeys.flowById(which, flow.id), flow);
  history.replaceState(null, '', `/ours.html?flow=${flow.id}`);
  const fetch: typeof globalThis.fetch = () => Promise.reject(new TypeError('no network in this bench'));
  const element = (
    <OryProvider config={{ baseUrl: MOCK_URL, fetch }} navigate={() => {}} queryClient={queryClient}>
      {which === 'login' ? <LoginFlow /> : <SettingsFlow />}
    </OryProvider>
  );
  const times: number[] = [];
  let nodes = 0;
  for (let run = 0; run < runs + 1; run += 1) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const started = performance.now();
    flushSync(() => root.render(element));
    times.push(performance.now() - started);
    nodes = container.querySelectorAll('input, button').length;
    if (!form(container)) throw new Error(`ours: no form rendered for ${which}`);
    root.unmount();
    container.remove();
    await nextTask();
  }
  history.replaceState(null, '', '/ours.html');
  return { first: times[0], median: median(times.slice(1)), runs, controls: nodes };
}

let commits = 0;
let typing: { root: Root; container: HTMLElement } | undefined;

/** Mounts the drop-in login under a Profiler; Playwright types, then `commitsSinceReady` reads the count. */
async function mountForTyping() {
  const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
  history.replaceState(null, '', '/ours.html');
  typing = mount(
    <Profiler id="login" onRender={() => (commits += 1)}>
      <OryProvider config={{ baseUrl: MOCK_URL, fetch: mockFetch }} navigate={() => {}}>
        <LoginFlow />
      </OryProvider>
    </Profiler>,
  );
  await waitFor(() => form(typing?.container as HTMLElement));
  await nextTask(100);
  commits = 0;
}

function commitsSinceReady() {
  const result = commits;
  typing?.root.unmount();
  typing?.container.remove();
  return result;
}

Object.assign(window, {
  bench: { requests, renderTimes, mountForTyping, commitsSinceReady, loginFlowJson, largeSettingsFlowJson },
});
