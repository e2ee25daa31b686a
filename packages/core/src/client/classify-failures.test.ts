import { describe, expect, it } from 'vitest';
import { classifiesRows, type Row } from './__fixtures__/classify-table';
import { errors, flow } from './__fixtures__/kratos-responses';
import { classify, type FlowPhase } from './classify';
import { OryClientError } from './outcome';
import type { FlowType } from './types';

const alreadyRows: Row[] = [
  {
    name: '400 session_already_available',
    status: 400,
    phase: 'create',
    body: errors.alreadyLoggedIn,
    expected: { kind: 'already', status: 400, error: errors.alreadyLoggedIn },
  },
  {
    name: '400 session_already_available on registration submit',
    status: 400,
    flowType: 'registration',
    body: errors.alreadyLoggedIn,
    expected: { kind: 'already' },
  },
  {
    name: '401 session_aal_already_fulfilled (asked for aal2, has it)',
    status: 401,
    phase: 'create',
    body: errors.aalAlreadyFulfilled,
    expected: { kind: 'already', status: 401 },
  },
];

const unauthorizedRows: Row[] = [
  {
    name: '401 session_inactive (settings without a session)',
    status: 401,
    flowType: 'settings',
    phase: 'create',
    body: errors.sessionInactive,
    expected: { kind: 'unauthorized', status: 401, error: errors.sessionInactive },
  },
  {
    name: '401 without id (settings get)',
    status: 401,
    flowType: 'settings',
    phase: 'get',
    body: errors.noSession,
    expected: { kind: 'unauthorized', error: errors.noSession },
  },
  {
    name: '401 session_aal1_required',
    status: 401,
    phase: 'create',
    body: errors.aal1Required,
    expected: { kind: 'unauthorized', error: errors.aal1Required },
  },
  {
    name: '401 with no body',
    status: 401,
    body: undefined,
    expected: { kind: 'unauthorized', error: undefined },
  },
];

interface ErrorRow {
  name: string;
  status: number;
  body: unknown;
  phase?: FlowPhase;
  flowType?: FlowType;
  message: string;
  id: string | undefined;
}

const errorRows: ErrorRow[] = [
  {
    name: 'status 0 (no answer)',
    status: 0,
    body: undefined,
    message: 'Could not reach the server. Check your connection and try again.',
    id: 'client_network_error',
  },
  {
    name: '400 self_service_flow_return_to_forbidden',
    status: 400,
    phase: 'create',
    body: errors.returnToForbidden,
    message: 'Requested return_to URL "https://evil.example/steal" is not allowed.',
    id: 'self_service_flow_return_to_forbidden',
  },
  {
    name: '400 self_service_flow_disabled',
    status: 400,
    flowType: 'registration',
    phase: 'create',
    body: errors.flowDisabled,
    message: 'Registration is not allowed because it was disabled.',
    id: 'self_service_flow_disabled',
  },
  {
    name: '400 identity_disabled',
    status: 400,
    body: errors.identityDisabled,
    message: 'This account was disabled.',
    id: 'identity_disabled',
  },
  {
    name: '400 session_verified_address_required',
    status: 400,
    body: errors.verifiedAddressRequired,
    message: errors.verifiedAddressRequired.error.reason as string,
    id: 'session_verified_address_required',
  },
  {
    name: '403 security_identity_mismatch',
    status: 403,
    flowType: 'settings',
    body: errors.identityMismatch,
    message: 'You must restart the flow because the resumable session was initiated by another person.',
    id: 'security_identity_mismatch',
  },
  {
    name: '422 browser_location_change_required without a target',
    status: 422,
    body: errors.locationChangeWithoutTarget,
    message: 'browser location change required',
    id: 'browser_location_change_required',
  },
  {
    name: '403 session_aal2_required without a target',
    status: 403,
    body: { error: { id: 'session_aal2_required', message: 'The requested action was forbidden' } },
    message: 'The requested action was forbidden',
    id: 'session_aal2_required',
  },
  {
    name: '400 envelope with only a message',
    status: 400,
    body: errors.messageOnly,
    message: 'The request was malformed or contained invalid parameters',
    id: undefined,
  },
  {
    name: '404 on create (wrong baseUrl): not a missing flow',
    status: 404,
    phase: 'create',
    body: errors.notFound,
    message: 'Unable to locate the resource',
    id: undefined,
  },
  {
    name: '500 with an envelope: the generic message, never the internal reason',
    status: 500,
    body: errors.internal,
    message: 'An internal server error occurred, please contact the system administrator',
    id: undefined,
  },
  {
    name: '502 HTML from a proxy',
    status: 502,
    body: '<html><body>Bad Gateway</body></html>',
    message: 'The server is having trouble (HTTP 502). Please try again in a moment.',
    id: 'client_invalid_response',
  },
  {
    name: '200 HTML (baseUrl points at a web page)',
    status: 200,
    phase: 'create',
    body: '<!doctype html><title>My app</title>',
    message: 'The server sent an answer this app could not read (HTTP 200). Please try again.',
    id: 'client_invalid_response',
  },
  {
    name: '204 empty body on submit',
    status: 204,
    body: undefined,
    message: 'The server sent an answer this app could not read (HTTP 204). Please try again.',
    id: 'client_invalid_response',
  },
  {
    name: '200 JSON of an unknown shape',
    status: 200,
    body: { hello: 'world' },
    message: 'The server sent an answer this app could not read (HTTP 200). Please try again.',
    id: 'client_invalid_response',
  },
  {
    name: '500 with a flow body (never a usable form)',
    status: 500,
    body: flow('login'),
    message: 'The server is having trouble (HTTP 500). Please try again in a moment.',
    id: 'client_invalid_response',
  },
  {
    name: '403 with no body',
    status: 403,
    body: undefined,
    message: 'The server sent an answer this app could not read (HTTP 403). Please try again.',
    id: 'client_invalid_response',
  },
];

describe('classify → already', () => {
  classifiesRows(alreadyRows);
});

describe('classify → unauthorized', () => {
  classifiesRows(unauthorizedRows);
});

describe('classify → error', () => {
  it.each(errorRows)(
    'should classify $name with a readable message',
    ({ status, body, flowType = 'login', phase = 'submit', message, id }) => {
      const outcome = classify(status, body, { flowType, phase });
      expect(outcome.kind).toBe('error');
      if (outcome.kind !== 'error') return;
      expect(outcome.status).toBe(status);
      expect(outcome.error).toBeInstanceOf(OryClientError);
      expect(outcome.error.message).toBe(message);
      expect(outcome.error.id).toBe(id);
      expect(outcome.error.status).toBe(status);
    },
  );

  it('should say the same network sentence whatever the flow', () => {
    const outcome = classify(0, undefined, { flowType: 'settings', phase: 'create' });
    expect(outcome.kind === 'error' && outcome.error.message).toBe(
      'Could not reach the server. Check your connection and try again.',
    );
  });

  it('should not throw on an envelope whose reason and message are objects with a broken toString', () => {
    // JSON can say this: a `toString` that is not a function makes any string conversion throw.
    const body = JSON.parse('{"error":{"reason":{"toString":{}},"message":{"toString":{}}}}');
    const outcome = classify(400, body, { flowType: 'login', phase: 'submit' });
    expect(outcome.kind === 'error' && outcome.error.message).toBe(
      'The server answered with an error (HTTP 400). Please try again.',
    );
  });
});
