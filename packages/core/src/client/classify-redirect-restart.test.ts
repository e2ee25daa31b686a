import { describe } from 'vitest';
import { classifiesRows, type Row } from './__fixtures__/classify-table';
import { aal2Url, errors, KRATOS, NEW_FLOW_ID, oidcUrl, refreshUrl } from './__fixtures__/kratos-responses';

const redirectRows: Row[] = [
  {
    name: '422 browser_location_change_required (OIDC start)',
    status: 422,
    body: errors.locationChange,
    expected: {
      kind: 'redirect',
      to: oidcUrl,
      reason: 'browser_location_change_required',
      error: errors.locationChange,
    },
  },
  {
    name: '403 session_refresh_required',
    status: 403,
    flowType: 'settings',
    body: errors.refreshRequired,
    expected: { kind: 'redirect', to: refreshUrl, reason: 'session_refresh_required' },
  },
  {
    name: '403 session_aal2_required',
    status: 403,
    flowType: 'settings',
    phase: 'create',
    body: errors.aal2Required,
    expected: { kind: 'redirect', status: 403, to: aal2Url, reason: 'session_aal2_required' },
  },
  {
    name: '403 session_aal2_required with the target only in error.details',
    status: 403,
    flowType: 'settings',
    body: errors.aal2RequiredDetailsOnly,
    expected: { kind: 'redirect', to: aal2Url, reason: 'session_aal2_required' },
  },
  {
    name: 'redirect_browser_to on an error of another id',
    status: 400,
    body: {
      error: { id: 'some_future_error', message: 'go elsewhere' },
      redirect_browser_to: `${KRATOS}/elsewhere`,
    },
    expected: { kind: 'redirect', to: `${KRATOS}/elsewhere`, reason: 'redirect_browser_to' },
  },
  {
    name: '410 get on an expired browser login flow with details.redirect_to',
    status: 410,
    phase: 'get',
    body: errors.getExpiredBrowser,
    expected: {
      kind: 'redirect',
      to: (errors.getExpiredBrowser.error.details as { redirect_to: string }).redirect_to,
      reason: 'self_service_flow_expired',
    },
  },
  {
    name: '410 get on an expired browser settings flow (no id) with details.redirect_to',
    status: 410,
    phase: 'get',
    flowType: 'settings',
    body: errors.getExpiredSettingsBrowser,
    expected: {
      kind: 'redirect',
      to: `${KRATOS}/self-service/settings/browser`,
      reason: 'self_service_flow_expired',
    },
  },
];

const restartRows: Row[] = [
  {
    name: '410 self_service_flow_expired with use_flow_id',
    status: 410,
    body: errors.expired,
    expected: {
      kind: 'restart',
      status: 410,
      reason: 'expired',
      useFlowId: NEW_FLOW_ID,
      error: errors.expired,
    },
  },
  {
    name: '410 self_service_flow_expired without use_flow_id',
    status: 410,
    body: errors.expiredWithoutNewFlow,
    expected: { kind: 'restart', reason: 'expired', useFlowId: undefined },
  },
  {
    name: '410 self_service_flow_replaced with use_flow_id',
    status: 410,
    body: errors.replaced,
    expected: { kind: 'restart', reason: 'replaced', useFlowId: NEW_FLOW_ID },
  },
  {
    name: '410 self_service_flow_replaced without use_flow_id',
    status: 410,
    body: errors.replacedWithoutNewFlow,
    expected: { kind: 'restart', reason: 'replaced', useFlowId: undefined },
  },
  {
    name: '410 get on an expired API flow (details.api, no browser URL)',
    status: 410,
    phase: 'get',
    body: errors.getExpiredNative,
    expected: { kind: 'restart', reason: 'expired' },
  },
  {
    name: '410 on submit with details.redirect_to (only get redirects)',
    status: 410,
    phase: 'submit',
    body: errors.getExpiredBrowser,
    expected: { kind: 'restart', reason: 'expired' },
  },
  {
    name: '410 without id (verification)',
    status: 410,
    flowType: 'verification',
    phase: 'get',
    body: errors.goneWithoutId,
    expected: { kind: 'restart', reason: 'gone' },
  },
  { name: '410 with no body', status: 410, body: undefined, expected: { kind: 'restart', reason: 'gone' } },
  {
    name: '403 security_csrf_violation',
    status: 403,
    body: errors.csrf,
    expected: { kind: 'restart', reason: 'csrf', error: errors.csrf },
  },
  {
    name: '404 flow not found on get',
    status: 404,
    phase: 'get',
    body: errors.notFound,
    expected: { kind: 'restart', reason: 'not_found' },
  },
  {
    name: '404 flow not found on submit',
    status: 404,
    body: errors.notFound,
    expected: { kind: 'restart', reason: 'not_found' },
  },
  {
    name: '404 with no body on get',
    status: 404,
    phase: 'get',
    body: undefined,
    expected: { kind: 'restart', reason: 'not_found' },
  },
  {
    name: '400 "The flow query parameter is missing or malformed."',
    status: 400,
    body: errors.missingFlowParam,
    expected: { kind: 'restart', reason: 'not_found' },
  },
];

describe('classify → redirect', () => {
  classifiesRows(redirectRows);
});

describe('classify → restart', () => {
  classifiesRows(restartRows);
});
