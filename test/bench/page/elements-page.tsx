// The same measurements for @ory/elements-react 1.2.1, fed the flow JSON our page produced from the mock.
import { Login, Settings } from '@ory/elements-react/theme';
import { Profiler, type ReactElement } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { median, nextTask, waitFor } from './page-utils';

const MOCK_URL = 'http://localhost:4433';
const config = {
  sdk: { url: MOCK_URL },
  project: {
    name: 'Bench',
    default_redirect_url: '/',
    error_ui_url: '/error',
    login_ui_url: '/login',
    registration_ui_url: '/registration',
    recovery_ui_url: '/recovery',
    verification_ui_url: '/verification',
    settings_ui_url: '/settings',
    registration_enabled: true,
    recovery_enabled: true,
    verification_enabled: true,
  },
} as never;

// biome-ignore lint/suspicious/noExplicitAny: the flow JSON comes from the mock, typed by Kratos' SDK here
type AnyFlow = any;

function element(which: 'login' | 'settings', flow: AnyFlow): ReactElement {
  return which === 'login' ? <Login flow={flow} config={config} /> : <Settings flow={flow} config={config} />;
}

async function renderTimes(which: 'login' | 'settings', flow: AnyFlow, runs: number) {
  const times: number[] = [];
  let nodes = 0;
  for (let run = 0; run < runs + 1; run += 1) {
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const started = performance.now();
    flushSync(() => root.render(element(which, flow)));
    times.push(performance.now() - started);
    nodes = container.querySelectorAll('input, button').length;
    if (!container.querySelector('form')) throw new Error(`elements-react: no form rendered for ${which}`);
    root.unmount();
    container.remove();
    await nextTask();
  }
  return { first: times[0], median: median(times.slice(1)), runs, controls: nodes };
}

let commits = 0;
let typing: { root: Root; container: HTMLElement } | undefined;

async function mountForTyping(flow: AnyFlow) {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  root.render(
    <Profiler id="login" onRender={() => (commits += 1)}>
      {element('login', flow)}
    </Profiler>,
  );
  typing = { root, container };
  await waitFor(() => container.querySelector('input[name="identifier"]'));
  await nextTask(100);
  commits = 0;
}

function commitsSinceReady() {
  const result = commits;
  typing?.root.unmount();
  typing?.container.remove();
  return result;
}

Object.assign(window, { bench: { renderTimes, mountForTyping, commitsSinceReady } });
