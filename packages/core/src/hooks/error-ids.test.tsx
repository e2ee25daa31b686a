import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createMockFetch, type FaultSpec } from '@headless-ory/mock';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { reportCount } from '../../../../test/support/report-count';
import { LoginFlow } from '../flows/login-flow';
import { RecoveryFlow } from '../flows/recovery-flow';
import { RegistrationFlow } from '../flows/registration-flow';
import { SettingsFlow } from '../flows/settings-flow';
import { MOCK_URL, renderWithOry, signInBrowser } from '../test-utils/render-with-ory';

/**
 * Every error id of ../shared/kratos/NOTES.md §2, answered by the mock on cue (`nextError`, fault-injection.ts),
 * through the hooks as the drop-ins use them: what the user does (load a page, submit it), then what they see
 * (an alert, a notice, the renewed form with what they typed) and where they go (`navigate`).
 */
type MockFetch = ReturnType<typeof createMockFetch>;
type Page = 'login' | 'registration' | 'settings' | 'recovery';

interface Row {
  id: NonNullable<FaultSpec['id']>;
  /** Tells rows of one id apart. */
  variant?: string;
  page: Page;
  action: 'load' | 'submit';
  /** Top-level fields for the envelope; `use_flow_id: 'fresh'` is replaced with a flow the mock really has. */
  extra?: Record<string, unknown>;
  /** Where the user is sent. */
  navigate?: string | RegExp;
  /** The alert the user reads. */
  alert?: RegExp;
  /** A status notice above a renewed form. */
  notice?: RegExp;
  /** The form was replaced by another flow (`restart`), keeping the typed value. */
  renewed?: boolean;
}

/** The ids in NOTES.md §2's table (beside the checkout, never copied in); this table's own when it is absent. */
function notesErrorIds(): string[] | undefined {
  const notes = resolve(import.meta.dirname, '../../../../../shared/kratos/NOTES.md');
  if (!existsSync(notes)) {
    console.log(
      `[error-ids] ${notes} not found (../shared/kratos is absent outside CI): counting this table's ids`,
    );
    return undefined;
  }
  const text = readFileSync(notes, 'utf8');
  const section = text.slice(text.indexOf('## 2.'), text.indexOf('## 3.'));
  return [...section.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((match) => match[1] as string);
}

const PAGE_URL = 'http://localhost:3000';
const here = (page: Page) => encodeURIComponent(`${PAGE_URL}/${page}`);

const rows: Row[] = [
  // The flow is unusable: the form is renewed in place with what was typed.
  { id: 'self_service_flow_expired', page: 'login', action: 'submit', renewed: true },
  {
    id: 'self_service_flow_expired',
    variant: 'with use_flow_id',
    page: 'registration',
    action: 'submit',
    extra: { use_flow_id: 'fresh' },
    renewed: true,
  },
  {
    id: 'self_service_flow_replaced',
    page: 'registration',
    action: 'submit',
    extra: { use_flow_id: 'fresh' },
    renewed: true,
  },
  {
    id: 'security_csrf_violation',
    page: 'login',
    action: 'submit',
    renewed: true,
    notice: /For your security the form was renewed/,
  },
  // Kratos sends the browser elsewhere: its URLs become the app's routes, back to this page after step-up.
  {
    id: 'session_aal2_required',
    page: 'settings',
    action: 'load',
    navigate: `/login?aal=aal2&return_to=${here('settings')}`,
  },
  {
    id: 'session_refresh_required',
    page: 'settings',
    action: 'submit',
    // Back to this very page, its ?flow= included.
    navigate: new RegExp(`^/login\\?refresh=true&return_to=${here('settings')}%3Fflow%3D`),
  },
  {
    id: 'browser_location_change_required',
    page: 'login',
    action: 'submit',
    navigate: `${MOCK_URL}/__mock/oidc/github/authorize`,
  },
  {
    id: 'session_inactive',
    page: 'settings',
    action: 'load',
    navigate: `/login?return_to=${here('settings')}`,
  },
  { id: 'session_aal1_required', page: 'login', action: 'load', navigate: '/login' },
  // Signed in already: nothing to do here, home it is (a return_to from the URL is not trusted).
  { id: 'session_already_available', variant: 'login', page: 'login', action: 'load', navigate: '/' },
  {
    id: 'session_already_available',
    variant: 'registration',
    page: 'registration',
    action: 'load',
    navigate: '/',
  },
  { id: 'session_already_available', variant: 'recovery', page: 'recovery', action: 'load', navigate: '/' },
  { id: 'session_aal_already_fulfilled', page: 'login', action: 'load', navigate: '/' },
  // Kratos refused: the reason in words; on a submit the form stays with what was typed.
  {
    id: 'self_service_flow_return_to_forbidden',
    page: 'login',
    action: 'load',
    alert: /Requested return_to URL "https:\/\/evil\.example\/" is not allowed/,
  },
  {
    id: 'self_service_flow_disabled',
    page: 'registration',
    action: 'load',
    alert: /Registration is not allowed because it was disabled/,
  },
  {
    id: 'session_verified_address_required',
    page: 'login',
    action: 'submit',
    alert: /email or phone address are not verified yet/,
  },
  {
    id: 'security_identity_mismatch',
    page: 'settings',
    action: 'submit',
    alert: /made for another identity/,
  },
  { id: 'identity_disabled', page: 'login', action: 'submit', alert: /This account was disabled/ },
];

const dropIns: Record<Page, () => ReactElement> = {
  login: () => <LoginFlow />,
  registration: () => <RegistrationFlow />,
  settings: () => <SettingsFlow />,
  recovery: () => <RecoveryFlow />,
};

/** A flow the mock really has (same cookie jar), for `use_flow_id`. */
async function freshFlowId(mockFetch: MockFetch, page: Page): Promise<string> {
  const init = await mockFetch(`${MOCK_URL}/self-service/${page}/browser`, {
    headers: { Accept: 'application/json' },
    credentials: 'include',
  });
  return ((await init.json()) as { id: string }).id;
}

/** Types into the page's first field and submits its form; returns the field and what was typed. */
async function typeAndSubmit(page: Page): Promise<{ field: HTMLElement; typed: string }> {
  const user = userEvent.setup();
  if (page === 'settings') {
    const profile = await screen.findByRole('region', { name: 'Profile' }, { timeout: 3000 });
    const field = within(profile).getByLabelText('First name');
    await user.type(field, 'Ada');
    await user.click(within(profile).getByRole('button', { name: 'Save' }));
    return { field, typed: 'Ada' };
  }
  const field = await screen.findByLabelText('E-Mail', {}, { timeout: 3000 });
  await user.type(field, 'ada@example.com');
  await user.type(screen.getByLabelText('Password'), 'correct horse battery staple');
  await user.click(
    screen.getByRole('button', { name: page === 'login' ? 'Sign in with password' : 'Sign up' }),
  );
  return { field, typed: 'ada@example.com' };
}

const formFlowId = () =>
  new URL(document.querySelector('form')?.getAttribute('action') ?? '').searchParams.get('flow');

afterEach(() => window.history.replaceState(null, '', '/'));

const idsInNotes = notesErrorIds();
const covered = new Set<string>();
afterAll(() => {
  const total = idsInNotes?.length ?? new Set(rows.map((row) => row.id)).size;
  const passed = [...covered].filter((id) => !idsInNotes || idsInNotes.includes(id)).length;
  reportCount('error-ids', 'Kratos error ids with a hook-level test', `${passed} of ${total}`);
});

describe('Kratos error ids: what the user sees and where they go', () => {
  it.runIf(idsInNotes)('should have a row for every error id of NOTES.md §2', () => {
    expect(idsInNotes?.length).toBeGreaterThanOrEqual(15);
    expect([...new Set(rows.map((row) => row.id))].sort()).toEqual([...(idsInNotes ?? [])].sort());
  });

  it.each(
    rows.map(
      (row) =>
        [`${row.id}${row.variant ? ` (${row.variant})` : ''} on ${row.page} ${row.action}`, row] as const,
    ),
  )('should handle %s', async (_name, row) => {
    window.history.replaceState(null, '', `/${row.page}`);
    const mockFetch = createMockFetch({ publicUrl: MOCK_URL });
    if (row.page === 'settings' && row.action === 'submit') await signInBrowser(mockFetch);
    const extra = { ...row.extra };
    if (extra.use_flow_id === 'fresh') extra.use_flow_id = await freshFlowId(mockFetch, row.page);
    const fault: FaultSpec = {
      id: row.id,
      path: `/self-service/${row.page}`,
      method: row.action === 'submit' ? 'POST' : 'GET',
      extra,
    };
    // A load answers the first request for the page's flow; a submit waits for the form to be on screen.
    if (row.action === 'load') mockFetch.mock.nextError(fault);
    const view = renderWithOry(dropIns[row.page](), { mockFetch });

    let typed: { field: HTMLElement; typed: string } | undefined;
    let firstFlowId: string | null = null;
    if (row.action === 'submit') {
      await screen.findAllByRole('button', {}, { timeout: 3000 });
      firstFlowId = formFlowId();
      mockFetch.mock.nextError(fault);
      typed = await typeAndSubmit(row.page);
    }

    if (row.navigate) {
      await waitFor(() =>
        expect(view.navigate).toHaveBeenCalledWith(
          row.navigate instanceof RegExp ? expect.stringMatching(row.navigate) : row.navigate,
        ),
      );
    } else {
      if (row.alert) {
        await waitFor(() =>
          expect(
            screen
              .getAllByRole('alert')
              .map((alert) => alert.textContent)
              .join(' '),
          ).toMatch(row.alert as RegExp),
        );
      }
      if (row.renewed) await waitFor(() => expect(formFlowId()).not.toBe(firstFlowId));
      if (row.notice) expect(await screen.findByRole('status')).toHaveTextContent(row.notice);
      if (row.action === 'load') {
        // Kratos refused the request itself: asking again the same way can't pass, so the way out starts over.
        expect(screen.getByRole('button', { name: 'Start over' })).toBeInTheDocument();
      }
      if (typed) {
        const field =
          row.page === 'settings'
            ? within(screen.getByRole('region', { name: 'Profile' })).getByLabelText('First name')
            : screen.getByLabelText('E-Mail');
        expect(field).toHaveValue(typed.typed);
      }
      expect(view.navigate).not.toHaveBeenCalled();
    }
    // No loop: a handful of requests at most, whatever Kratos answered.
    expect(view.requests.length).toBeLessThan(8);
    covered.add(row.id);
  });
});
