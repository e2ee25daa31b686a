import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowType } from '../client';
import { errors, FLOW_ID, flow, KRATOS } from '../client/__fixtures__/kratos-responses';
import { type StubAnswer, stubFetch } from '../client/__fixtures__/stub-fetch';
import { useFlow } from '../hooks';
import { FlowView } from './flow-view';
import { OryProvider } from './ory-provider';

/**
 * What the user sees, and where they are sent, for the Kratos errors that carry no error id (a stub fetch answers).
 * `phase: 'create'` answers the init request with the error; `'submit'` serves a form first and answers its submit.
 */
interface Row {
  name: string;
  flowType: FlowType;
  phase: 'create' | 'get' | 'submit';
  answer: StubAnswer;
  /** The app route the user is sent to. */
  navigate?: string | RegExp;
  /** The alert text the user reads. */
  alert?: RegExp;
  /** A fresh flow replaced the broken one (its id) and the typed email survived. */
  restartedTo?: string;
}

const PAGE = 'http://localhost:3000/settings';

// The errors without a Kratos error id (those with one are in hooks/error-ids.test.tsx, one row per id of
// NOTES.md §2, answered by the mock): lost flows, expired flows whose 410 names no id, 401 without an id, 5xx.
const rows: Row[] = [
  {
    name: 'flow not found',
    flowType: 'recovery',
    phase: 'submit',
    answer: { status: 404, body: errors.notFound },
    restartedTo: 'created',
  },
  {
    name: 'expired settings flow (Kratos names its init URL)',
    flowType: 'settings',
    phase: 'get',
    answer: { status: 410, body: errors.getExpiredSettingsBrowser },
    navigate: '/settings',
  },
  {
    name: 'expired verification flow (no id)',
    flowType: 'verification',
    phase: 'get',
    answer: { status: 410, body: errors.goneWithoutId },
    restartedTo: 'created',
  },
  {
    name: '401 without id (settings get)',
    flowType: 'settings',
    phase: 'get',
    answer: { status: 401, body: errors.noSession },
    navigate: `/login?return_to=${encodeURIComponent(PAGE)}`,
  },
  {
    name: 'a 500',
    flowType: 'settings',
    phase: 'submit',
    answer: { status: 500, body: errors.internal },
    alert: /./,
  },
  {
    name: 'a body that is not JSON',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 502, text: '<html>Bad gateway</html>' },
    alert: /./,
  },
];

function flowWithId(flowType: FlowType, id: string) {
  const base = flow(flowType, { id });
  return { ...base, ui: { ...base.ui, action: `${KRATOS}/self-service/${flowType}?flow=${id}` } };
}

function Probe({ flowType, flowId }: { flowType: FlowType; flowId?: string }) {
  const result = useFlow(flowType, { flowId });
  return <FlowView flowType={flowType} result={result} />;
}

afterEach(() => window.history.replaceState(null, '', '/'));

describe('flows: what the user sees for each Kratos error', () => {
  it.each(rows)('should handle $name ($flowType $phase)', async (row) => {
    window.history.replaceState(null, '', '/settings');
    let creates = 0;
    const { fetch, requests } = stubFetch((request) => {
      const url = new URL(request.url);
      const isCreate = url.pathname.endsWith('/browser');
      const isGet = url.pathname.endsWith('/flows');
      if (isCreate) creates += 1;
      if (row.phase === 'create' && isCreate && creates === 1) return row.answer;
      if (row.phase === 'get' && isGet && url.searchParams.get('id') === FLOW_ID) return row.answer;
      if (request.method === 'POST') return row.answer;
      if (isGet)
        return { status: 200, body: flowWithId(row.flowType, url.searchParams.get('id') ?? FLOW_ID) };
      return {
        status: 200,
        body: flowWithId(row.flowType, creates === 1 && row.phase !== 'get' ? FLOW_ID : 'created'),
      };
    });
    const navigate = vi.fn();
    const qc = new QueryClient();
    render(
      <OryProvider config={{ baseUrl: KRATOS, fetch }} navigate={navigate} queryClient={qc}>
        <Probe flowType={row.flowType} flowId={row.phase === 'get' ? FLOW_ID : undefined} />
      </OryProvider>,
    );

    if (row.phase === 'submit') {
      const user = userEvent.setup();
      const identifier = await screen.findByRole('textbox');
      await user.type(identifier, 'ada@example.com');
      await user.click(screen.getByRole('button'));
    }

    if (row.navigate)
      await waitFor(() =>
        expect(navigate).toHaveBeenCalledWith(
          row.navigate instanceof RegExp ? expect.stringMatching(row.navigate) : row.navigate,
        ),
      );
    else expect(navigate).not.toHaveBeenCalled();
    if (row.alert) expect(await screen.findByRole('alert')).toHaveTextContent(row.alert);
    if (row.restartedTo) {
      await waitFor(() =>
        expect(document.querySelector('form')?.getAttribute('action')).toContain(`flow=${row.restartedTo}`),
      );
      if (row.phase === 'submit') expect(screen.getByRole('textbox')).toHaveValue('ada@example.com');
    }
    expect(requests.length).toBeLessThan(6);
  });
});
