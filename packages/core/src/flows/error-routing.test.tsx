import { QueryClient } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FlowType } from '../client';
import { errors, FLOW_ID, flow, KRATOS, NEW_FLOW_ID } from '../client/__fixtures__/kratos-responses';
import { type StubAnswer, stubFetch } from '../client/__fixtures__/stub-fetch';
import { useFlow } from '../hooks';
import { FlowView } from './flow-view';
import { OryProvider } from './ory-provider';

/**
 * What the user sees, and where they are sent, for every Kratos error a flow can meet (NOTES.md §2).
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

const rows: Row[] = [
  // Restarts: the form is renewed in place, keeping what was typed.
  {
    name: 'expired with use_flow_id',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 410, body: errors.expired },
    restartedTo: NEW_FLOW_ID,
  },
  {
    name: 'expired without a new flow',
    flowType: 'registration',
    phase: 'submit',
    answer: { status: 410, body: errors.expiredWithoutNewFlow },
    restartedTo: 'created',
  },
  {
    name: 'replaced',
    flowType: 'verification',
    phase: 'submit',
    answer: { status: 410, body: errors.replaced },
    restartedTo: NEW_FLOW_ID,
  },
  {
    name: 'CSRF violation',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 403, body: errors.csrf },
    restartedTo: 'created',
  },
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
  // Redirects: Kratos' URLs become the app's routes.
  {
    name: 'browser_location_change_required',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 422, body: errors.locationChange },
    navigate: /^https:\/\/accounts\.example\.com\//,
  },
  {
    name: 'session_refresh_required',
    flowType: 'settings',
    phase: 'submit',
    answer: { status: 403, body: errors.refreshRequired },
    navigate: /^\/login\?refresh=true&return_to=/,
  },
  {
    name: 'session_aal2_required',
    flowType: 'settings',
    phase: 'create',
    answer: { status: 403, body: errors.aal2Required },
    navigate: /^\/login\?aal=aal2&return_to=/,
  },
  {
    name: 'session_inactive (settings without login)',
    flowType: 'settings',
    phase: 'create',
    answer: { status: 401, body: errors.sessionInactive },
    navigate: `/login?return_to=${encodeURIComponent(PAGE)}`,
  },
  {
    name: '401 without id (settings get)',
    flowType: 'settings',
    phase: 'get',
    answer: { status: 401, body: errors.noSession },
    navigate: `/login?return_to=${encodeURIComponent(PAGE)}`,
  },
  {
    name: 'session_already_available (login)',
    flowType: 'login',
    phase: 'create',
    answer: { status: 400, body: errors.alreadyLoggedIn },
    navigate: '/',
  },
  {
    name: 'session_already_available (registration)',
    flowType: 'registration',
    phase: 'create',
    answer: { status: 400, body: errors.alreadyLoggedIn },
    navigate: '/',
  },
  {
    name: 'session_already_available (recovery)',
    flowType: 'recovery',
    phase: 'create',
    answer: { status: 400, body: errors.alreadyLoggedIn },
    navigate: '/',
  },
  {
    name: 'session_aal_already_fulfilled',
    flowType: 'login',
    phase: 'create',
    answer: { status: 401, body: errors.aalAlreadyFulfilled },
    navigate: '/',
  },
  // Errors: an alert in words, with a way to try again.
  {
    name: 'self_service_flow_return_to_forbidden',
    flowType: 'login',
    phase: 'create',
    answer: { status: 400, body: errors.returnToForbidden },
    alert: /return_to URL .* is not allowed/,
  },
  {
    name: 'self_service_flow_disabled',
    flowType: 'registration',
    phase: 'create',
    answer: { status: 400, body: errors.flowDisabled },
    alert: /Registration is not allowed/,
  },
  {
    name: 'session_verified_address_required',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 400, body: errors.verifiedAddressRequired },
    alert: /not verified yet/,
  },
  {
    name: 'security_identity_mismatch',
    flowType: 'settings',
    phase: 'submit',
    answer: { status: 403, body: errors.identityMismatch },
    alert: /another person/,
  },
  {
    name: 'identity_disabled',
    flowType: 'login',
    phase: 'submit',
    answer: { status: 400, body: errors.identityDisabled },
    alert: /disabled/,
  },
  {
    name: 'session_aal1_required',
    flowType: 'login',
    phase: 'create',
    answer: { status: 401, body: errors.aal1Required },
    navigate: '/login',
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
      await act(() => user.click(screen.getByRole('button')));
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
